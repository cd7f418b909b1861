# Generated from the package's dataclasses by `python -m reportlint.generate`: do not edit.
# ruff: noqa

# The methods @dataclass writes for the package's classes, compiled ahead of time (dataclass_code.py)
CREATE_FN = 'b5e32237f6a8254336760f80743ae17a14aae602471c72d729eee4435101fde9'  # the dataclasses._create_fn these texts are what it compiles


def _6d80971b9bbdad9b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.as_of,self.years,self.rows,self.findings,self.unattributed,self.queue,self.documents,self.reports,self.roster,self.pages,self.lang,)==(other.as_of,other.years,other.rows,other.findings,other.unattributed,other.queue,other.documents,other.reports,other.roster,other.pages,other.lang,)
  return NotImplemented
 return __eq__


def _bdedcd6fcdf6e4b6():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.blocks,self.title,self.meta,self.attachments,self.images,self.image_refs,self.body_found,self.problems,)==(other.blocks,other.title,other.meta,other.attachments,other.images,other.image_refs,other.body_found,other.problems,)
  return NotImplemented
 return __eq__


def _65af20c35f85186e():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.body,self.year,self.url,self.code,self.rule,self.severity,self.message,self.place,self.across,self.other_url,)==(other.body,other.year,other.url,other.code,other.rule,other.severity,other.message,other.place,other.across,other.other_url,)
  return NotImplemented
 return __eq__


def _3a87d6045ee0503a():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.by_kind,self.pack,)==(other.by_kind,other.pack,)
  return NotImplemented
 return __eq__


def _76b31f0b71b5f722():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.cells,)==(other.cells,)
  return NotImplemented
 return __eq__


def _a57ffa554fa70f0c():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.cells,self.tokens,)==(other.cells,other.tokens,)
  return NotImplemented
 return __eq__


def _448c75807a17405b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.args,self.loc,)==(other.code,other.args,other.loc,)
  return NotImplemented
 return __eq__


def _907b253c3922a358():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.name,self.kind,self.severity,self.summary,self.message,self.rationale,self.for_,self.expr,self.options,self.examples,self.cases,self.against,self.applies,)==(other.code,other.name,other.kind,other.severity,other.summary,other.message,other.rationale,other.for_,other.expr,other.options,other.examples,other.cases,other.against,other.applies,)
  return NotImplemented
 return __eq__


def _33ab0eab2dba24ad():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.name,self.severity,self.args,self.loc,self.where,self.evidence,)==(other.code,other.name,other.severity,other.args,other.loc,other.where,other.evidence,)
  return NotImplemented
 return __eq__


def _c4ce21031d6256d1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.residual,self.coef,)==(other.code,other.residual,other.coef,)
  return NotImplemented
 return __eq__


def _747d94dd87183ccc():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.zh,self.en,self.status,)==(other.code,other.zh,other.en,other.status,)
  return NotImplemented
 return __eq__


def _e5de05f7b56def6d():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.codes,self.first,self.last,self.loc,self.used,)==(other.codes,other.first,other.last,other.loc,other.used,)
  return NotImplemented
 return __eq__


def _68dc809f3eb208d4():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.connect_timeout,self.read_timeout,self.deadline,self.retries,self.backoff,self.max_redirects,self.max_bytes,self.verify_tls,self.cache_dir,self.allow_private,self.images,)==(other.connect_timeout,other.read_timeout,other.deadline,other.retries,other.backoff,other.max_redirects,other.max_bytes,other.verify_tls,other.cache_dir,other.allow_private,other.images,)
  return NotImplemented
 return __eq__


def _5742661a9ca24a81():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.content_disposition,self.field_name,self.data,self.file,self.item_headers,)==(other.content_disposition,other.field_name,other.data,other.file,other.item_headers,)
  return NotImplemented
 return __eq__


def _8b9a70a34f5778e2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.corpus,self.doc,)==(other.corpus,other.doc,)
  return NotImplemented
 return __eq__


def _b4bfd52caa949996():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.count,self.span,self.percent,self.percent_span,self.sentence,)==(other.count,other.span,other.percent,other.percent_span,other.sentence,)
  return NotImplemented
 return __eq__


def _22868f3589b41eef():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.data,self.member,self.texts,)==(other.data,other.member,other.texts,)
  return NotImplemented
 return __eq__


def _7123c3d9fdee42c0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.discovered,self.finished,self.fetched,self.linted,self.errors,self.skipped,self.lang,self.quiet,self.stream,self.started,self.lock,self._at_start,self._last,self._logged,)==(other.discovered,other.finished,other.fetched,other.linted,other.errors,other.skipped,other.lang,other.quiet,other.stream,other.started,other.lock,other._at_start,other._last,other._logged,)
  return NotImplemented
 return __eq__


def _9f8cac86abc2e80b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.drawn,self.pitch,self.steps,)==(other.drawn,other.pitch,other.steps,)
  return NotImplemented
 return __eq__


def _4965f82b67b3157b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.enabled,self.engine,self.table_seconds,self.document_seconds,self.progress,)==(other.enabled,other.engine,other.table_seconds,other.document_seconds,other.progress,)
  return NotImplemented
 return __eq__


def _66821085401493d9():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.expr,self.env,self.rows,)==(other.expr,other.env,other.rows,)
  return NotImplemented
 return __eq__


def _35f5d9e0ab048dd5():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.expr,self.for_,)==(other.expr,other.for_,)
  return NotImplemented
 return __eq__


def _297a78da2e25969b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.face,self.quality,self.readings,)==(other.face,other.quality,other.readings,)
  return NotImplemented
 return __eq__


def _98fe4c24693e2166():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.format_id,self.gtrid,self.bqual,self.prepared,self.owner,self.database,)==(other.format_id,other.gtrid,other.bqual,other.prepared,other.owner,other.database,)
  return NotImplemented
 return __eq__


def _a59e80b51879a9d9():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.g,self.digit,self.which,)==(other.g,other.digit,other.which,)
  return NotImplemented
 return __eq__


def _07b247888b00c3c5():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.gray,self.ink,self.rules,self.grid,)==(other.gray,other.ink,other.rules,other.grid,)
  return NotImplemented
 return __eq__


def _e48d840fadc4f30b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.holds,self.left,self.right,self.left_terms,self.right_terms,)==(other.holds,other.left,other.right,other.left_terms,other.right_terms,)
  return NotImplemented
 return __eq__


def _44db22ca88b932a7():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.horizontal,self.vertical,self.mask,self.em,)==(other.horizontal,other.vertical,other.mask,other.em,)
  return NotImplemented
 return __eq__


def _7779f420c57cc2da():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.host,self.items,self.options,self.scopes,self.robots,self.not_before,self.known_docs,self.store,self.wait,)==(other.host,other.items,other.options,other.scopes,other.robots,other.not_before,other.known_docs,other.store,other.wait,)
  return NotImplemented
 return __eq__


def _6434f65ccc9fa433():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.host,self.port,)==(other.host,other.port,)
  return NotImplemented
 return __eq__


def _834a1c4cf603f7d0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.host,self.writes,self.counts,self.touched,self.robots,self.ended,)==(other.host,other.writes,other.counts,other.touched,other.robots,other.ended,)
  return NotImplemented
 return __eq__


def _b1f9bf12f3f25eb5():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.loc,self.cells,self.rows,self.columns,self.extra_rows,self.row_locs,self.unread_rows,)==(other.id,other.loc,other.cells,other.rows,other.columns,other.extra_rows,other.row_locs,other.unread_rows,)
  return NotImplemented
 return __eq__


def _8ce3a8464bed66b1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.image,self.row,self.col,self.confidence,self.read,self.note,)==(other.image,other.row,other.col,other.confidence,other.read,other.note,)
  return NotImplemented
 return __eq__


def _9c9d5f7ee1dc4bce():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.info,self.db,self.user,self.password,self.host,self.hostaddr,self.port,self.tty,self.options,self.status,self.transaction_status,self.pipeline_status,self.error_message,self._encoding,self.protocol_version,self.full_protocol_version,self.server_version,self.backend_pid,self.needs_password,self.used_password,self.used_gssapi,self.ssl_in_use,self.nonblocking,self.notice_handler,self.notify_handler,)==(other.info,other.db,other.user,other.password,other.host,other.hostaddr,other.port,other.tty,other.options,other.status,other.transaction_status,other.pipeline_status,other.error_message,other._encoding,other.protocol_version,other.full_protocol_version,other.server_version,other.backend_pid,other.needs_password,other.used_password,other.used_gssapi,other.ssl_in_use,other.nonblocking,other.notice_handler,other.notify_handler,)
  return NotImplemented
 return __eq__


def _a3a2ef60360efb27():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.info,self.text,self.problems,self.raw,)==(other.info,other.text,other.problems,other.raw,)
  return NotImplemented
 return __eq__


def _ad2c80ae47429f50():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ink,self.baseline,)==(other.ink,other.baseline,)
  return NotImplemented
 return __eq__


def _d33f90341c204ba2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.heading,self.match,self.start_line,self.end_line,self.start,self.end,)==(other.key,other.heading,other.match,other.start_line,other.end_line,other.start,other.end,)
  return NotImplemented
 return __eq__


def _92337df7f80ddcda():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.label,self.aliases,self.group,self.kind,)==(other.key,other.label,other.aliases,other.group,other.kind,)
  return NotImplemented
 return __eq__


def _bba61dfea0ace8a8():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.label,self.aliases,self.ordinal,self.group,self.block,self.columns,)==(other.key,other.label,other.aliases,other.ordinal,other.group,other.block,other.columns,)
  return NotImplemented
 return __eq__


def _5707954e02cabe50():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.label,self.ordinal,)==(other.key,other.label,other.ordinal,)
  return NotImplemented
 return __eq__


def _79ac0ae1583b9f4d():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.ordinal,self.title,self.variants,self.keywords,self.long_forms,self.optional,)==(other.key,other.ordinal,other.title,other.variants,other.keywords,other.long_forms,other.optional,)
  return NotImplemented
 return __eq__


def _a84913d8f8d44bd0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.pattern,self.label,)==(other.key,other.pattern,other.label,)
  return NotImplemented
 return __eq__


def _15076ddd6d14b63c():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.target,self.ordinal,)==(other.key,other.target,other.ordinal,)
  return NotImplemented
 return __eq__


def _c0a58327f355d8b5():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keyword,self.envvar,self.compiled,)==(other.keyword,other.envvar,other.compiled,)
  return NotImplemented
 return __eq__


def _bc07bb46276b284f():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.cells,self.level,self.bold,self.table,)==(other.kind,other.cells,other.level,other.bold,other.table,)
  return NotImplemented
 return __eq__


def _db59a970ef802e9c():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.labels,self.cells,self.top,self.bands,)==(other.kind,other.labels,other.cells,other.top,other.bands,)
  return NotImplemented
 return __eq__


def _d27aa83679beb98b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.name,self.data,self.url,self.lang,)==(other.kind,other.name,other.data,other.url,other.lang,)
  return NotImplemented
 return __eq__


def _64cbbc5e23f707a9():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.label,self.loc,self.values,)==(other.label,other.loc,other.values,)
  return NotImplemented
 return __eq__


def _6f5c4ae71ec4e34a():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.label,self.x0,self.x1,)==(other.label,other.x0,other.x1,)
  return NotImplemented
 return __eq__


def _882157c7cfcfd7f7():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.column,)==(other.line,other.column,)
  return NotImplemented
 return __eq__


def _12330bacf57e42f9():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.labels,self.values,self.cells,self.index,self.layout,self.tail,self.parts,self.above,self.full,)==(other.line,other.labels,other.values,other.cells,other.index,other.layout,other.tail,other.parts,other.above,other.full,)
  return NotImplemented
 return __eq__


def _ecaac2410ec3bcea():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,self.blocks,)==(other.lines,other.blocks,)
  return NotImplemented
 return __eq__


def _f61e511ac0106c86():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,self.info,self.head,self.line_count,self.problems,self.images,self.original,self.markers,self._rows,)==(other.lines,other.info,other.head,other.line_count,other.problems,other.images,other.original,other.markers,other._rows,)
  return NotImplemented
 return __eq__


def _572cf08f6c78ba20():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,self.pages,self.problems,self.ocr,self.notes,self.hint,self.origins,)==(other.lines,other.pages,other.problems,other.ocr,other.notes,other.hint,other.origins,)
  return NotImplemented
 return __eq__


def _398eb4282e542f11():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,self.x0,self.x1,self.top,self.bottom,self.glyphs,self.room,self.words,self.sharpness,self.touches_border,)==(other.lines,other.x0,other.x1,other.top,other.bottom,other.glyphs,other.room,other.words,other.sharpness,other.touches_border,)
  return NotImplemented
 return __eq__


def _d72e874d7903f729():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lo,self.hi,self.segments,self.virtual,)==(other.lo,other.hi,other.segments,other.virtual,)
  return NotImplemented
 return __eq__


def _3f6392e5c9e8a946():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,)==(other.loc,other.args,other.where,other.evidence,other.severity,other.other,other.message,)
  return NotImplemented
 return __eq__


def _6c0042ca355acef6():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.max_bytes,self.jobs,self.loopback,self.fetch_timeout,)==(other.max_bytes,other.jobs,other.loopback,other.fetch_timeout,)
  return NotImplemented
 return __eq__


def _1832b9e2ce9ba658():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.max_pixels,self.max_side,self.table_seconds,self.page_seconds,self.document_seconds,)==(other.max_pixels,other.max_side,other.table_seconds,other.page_seconds,other.document_seconds,)
  return NotImplemented
 return __eq__


def _4bb13c41db25c680():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.is_var,)==(other.name,other.is_var,)
  return NotImplemented
 return __eq__


def _c5caf3580823e3de():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.kind,self.encoding,self.sha256,self.url,self.published,self.title,)==(other.name,other.kind,other.encoding,other.sha256,other.url,other.published,other.title,)
  return NotImplemented
 return __eq__


def _4990369214d2b7aa():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.level,self.parent,self.listing_url,)==(other.name,other.level,other.parent,other.listing_url,)
  return NotImplemented
 return __eq__


def _2923c6364cdc7275():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.level,self.parent,self.year,self.status,self.url,self.published,self.deadline,self.days_late,self.reason,self.listing_url,)==(other.name,other.level,other.parent,other.year,other.status,other.url,other.published,other.deadline,other.days_late,other.reason,other.listing_url,)
  return NotImplemented
 return __eq__


def _89f3fe1888870684():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.options,self.args,self.expression,self.across,)==(other.name,other.options,other.args,other.expression,other.across,)
  return NotImplemented
 return __eq__


def _44b985afafcdfb46():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.parse,self.render,self.read,self.suffixes,self.content_types,self.magic,self.magic_within,self.binary,self.in_folders,)==(other.name,other.parse,other.render,other.read,other.suffixes,other.content_types,other.magic,other.magic_within,other.binary,other.in_folders,)
  return NotImplemented
 return __eq__


def _00b14e9115a8900f():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.result,self.note,self.reader,)==(other.name,other.result,other.note,other.reader,)
  return NotImplemented
 return __eq__


def _696bf7ca68c66c7e():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.no,self.kind,self.cells,self.md_level,self.exact,)==(other.no,other.kind,other.cells,other.md_level,other.exact,)
  return NotImplemented
 return __eq__


def _b68f897bdc72303c():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.op,self.left,self.right,)==(other.op,other.left,other.right,)
  return NotImplemented
 return __eq__


def _eb1d82f95fabae3d():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pack,self.lang,self.color,self.version,)==(other.pack,other.lang,other.color,other.version,)
  return NotImplemented
 return __eq__


def _058d1c19e87eae59():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.per_host,self.delay,self.concurrency,self.refetch,self.respect_robots,self.processes,self.time_limit,self.max_pages,self.start_method,self.fetch,self.lint,)==(other.per_host,other.delay,other.concurrency,other.refetch,other.respect_robots,other.processes,other.time_limit,other.max_pages,other.start_method,other.fetch,other.lint,)
  return NotImplemented
 return __eq__


def _1597a1e3e6be99a8():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.plus,self.minus,self.scaled,self.const,self.compare,)==(other.plus,other.minus,other.scaled,other.const,other.compare,)
  return NotImplemented
 return __eq__


def _07f581acf5d1fe9e():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.prose,self.spans,)==(other.prose,other.spans,)
  return NotImplemented
 return __eq__


def _2605c91201bcc9d2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,)==(other.queue,other.documents,other.reports,other.errors,other.warnings,other.codes,other.cross_codes,)
  return NotImplemented
 return __eq__


def _e472b035ad8d75ec():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.raw,self.kind,self.value,self.line,self.column,self.end_column,)==(other.raw,other.kind,other.value,other.line,other.column,other.end_column,)
  return NotImplemented
 return __eq__


def _e573c4eadb908c6b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.raw,self.kind,self.value,self.loc,)==(other.raw,other.kind,other.value,other.loc,)
  return NotImplemented
 return __eq__


def _05c429d0bccd3e9d():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.reports,self.pages,self.attachments,)==(other.reports,other.pages,other.attachments,)
  return NotImplemented
 return __eq__


def _a482d9a2af215535():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.result,self.name,self.data,self.kind,)==(other.result,other.name,other.data,other.kind,)
  return NotImplemented
 return __eq__


def _1968c81c8ad58bfa():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,)==(other.row,other.col,other.rowspan,other.colspan,other.x0,other.x1,other.top,other.bottom,)
  return NotImplemented
 return __eq__


def _7f36211f65c4b7a8():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,self.kind,self.text,self.confidence,self.note,)==(other.row,other.col,other.rowspan,other.colspan,other.x0,other.x1,other.top,other.bottom,other.kind,other.text,other.confidence,other.note,)
  return NotImplemented
 return __eq__


def _695a697032a1c843():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rule,self.text,)==(other.rule,other.text,)
  return NotImplemented
 return __eq__


def _ed5ad252ce34e995():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ruled,self.columns,self.rows,self.cells,self.notes,)==(other.ruled,other.columns,other.rows,other.cells,other.notes,)
  return NotImplemented
 return __eq__


def _70dffbd4a46cc685():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.says,self.kind,self.documents,self.parents,)==(other.says,other.kind,other.documents,other.parents,)
  return NotImplemented
 return __eq__


def _2ceb82d55360a274():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.select,self.ignore,)==(other.select,other.ignore,)
  return NotImplemented
 return __eq__


def _f4bf12fbf7a9c550():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.select,self.ignore,self.extend_select,self.per_file_ignores,self.severity,self.fail_level,self.lang,self.rules,self.exclude,self.file,)==(other.select,other.ignore,other.extend_select,other.per_file_ignores,other.severity,other.fail_level,other.lang,other.rules,other.exclude,other.file,)
  return NotImplemented
 return __eq__


def _219daaf8619d35fa():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.selection,self.max_bytes,self.published,self.fetch,self.packs,self.severity,self.debug,self.ocr,)==(other.selection,other.max_bytes,other.published,other.fetch,other.packs,other.severity,other.debug,other.ocr,)
  return NotImplemented
 return __eq__


def _71abb397f71aee70():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.document,self.findings,self.notes,self.pack,)==(other.source,other.document,other.findings,other.notes,other.pack,)
  return NotImplemented
 return __eq__


def _1eb82e0ceb2d6a19():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.headings,self.sections,self.paragraphs,self.tables,self.format,self.year,self.agency,self.problems,self.line_count,self.images,self.line_pages,self.markers,self.shape,self.original,self.line_origins,self.notes,self.ocr,self.ocr_missing,)==(other.source,other.headings,other.sections,other.paragraphs,other.tables,other.format,other.year,other.agency,other.problems,other.line_count,other.images,other.line_pages,other.markers,other.shape,other.original,other.line_origins,other.notes,other.ocr,other.ocr_missing,)
  return NotImplemented
 return __eq__


def _36ddcdbddbd71c2e():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.line,self.column,self.end_line,self.end_column,self.page,)==(other.source,other.line,other.column,other.end_line,other.end_column,other.page,)
  return NotImplemented
 return __eq__


def _45bc6226f99e6c9e():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.width,self.height,self.lines,self.tables,self.complete,self.notes,self.seconds,)==(other.source,other.width,other.height,other.lines,other.tables,other.complete,other.notes,other.seconds,)
  return NotImplemented
 return __eq__


def _74a36e2cb5dde953():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.width,self.height,self.ruled,self.columns,self.rows,self.cells,self.engine,self.complete,self.notes,self.seconds,)==(other.source,other.width,other.height,other.ruled,other.columns,other.rows,other.cells,other.engine,other.complete,other.notes,other.seconds,)
  return NotImplemented
 return __eq__


def _5e17ec8bd5342eb2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,)==(other.start,other.end,)
  return NotImplemented
 return __eq__


def _b96ff65ac010838b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,)==(other.status,other.errors,other.warnings,other.infos,other.top,other.page,other.figures,)
  return NotImplemented
 return __eq__


def _4da96a56bd051589():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.table,self.row,self.col,self.qual,)==(other.table,other.row,other.col,other.qual,)
  return NotImplemented
 return __eq__


def _017ff81ed46efa2b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.table,self.row,self.col,self.value,self.qual,)==(other.table,other.row,other.col,other.value,other.qual,)
  return NotImplemented
 return __eq__


def _7a73a3d3c00ec984():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.table,self.row,self.column,self.section,self.paragraph,self.quote,self.heading,self.page,self.docx,self.image,)==(other.table,other.row,other.column,other.section,other.paragraph,other.quote,other.heading,other.page,other.docx,other.image,)
  return NotImplemented
 return __eq__


def _b699e32053885066():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.table,self.rows,self.cols,self.qual,)==(other.table,other.rows,other.cols,other.qual,)
  return NotImplemented
 return __eq__


def _0051e0c035a0fe8e():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.confidence,self.look,)==(other.text,other.confidence,other.look,)
  return NotImplemented
 return __eq__


def _aa7c514bbdcd8a88():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.encoding,self.reason,)==(other.text,other.encoding,other.reason,)
  return NotImplemented
 return __eq__


def _28ee9f3dc241b987():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.fit,self.margin,self.rival,self.sign,)==(other.text,other.fit,other.margin,other.rival,other.sign,)
  return NotImplemented
 return __eq__


def _8ace38ba0175b908():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.left,self.op,self.right,)==(other.text,other.left,other.op,other.right,)
  return NotImplemented
 return __eq__


def _257a3b29922ee6c0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.loc,)==(other.text,other.loc,)
  return NotImplemented
 return __eq__


def _e70f83f560845895():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.ordinal,self.bold,self.line,self.column,self.end_column,)==(other.text,other.ordinal,other.bold,other.line,other.column,other.end_column,)
  return NotImplemented
 return __eq__


def _fee1680748a4936b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.ordinal,self.system,self.number,self.level,self.loc,)==(other.text,other.ordinal,other.system,other.number,other.level,other.loc,)
  return NotImplemented
 return __eq__


def _faea73d70d9b1e5a():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.spot,)==(other.text,other.spot,)
  return NotImplemented
 return __eq__


def _ff6e0bd93a6e219d():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.start,self.end,)==(other.text,other.start,other.end,)
  return NotImplemented
 return __eq__


def _80a4041d8eff16e3():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.starts,self.locs,)==(other.text,other.starts,other.locs,)
  return NotImplemented
 return __eq__


def _1297943a2a1400b7():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.confidence,)
  return NotImplemented
 return __eq__


def _fd4da341d7e29420():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,self.row,self.col,self.kind,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.confidence,other.row,other.col,other.kind,)
  return NotImplemented
 return __eq__


def _93a165bddb3b01f4():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.x0,self.x1,self.top,self.bottom,self.loc,self.confidence,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.loc,other.confidence,)
  return NotImplemented
 return __eq__


def _57212d056eccdd0d():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.texts,self.first,)==(other.texts,other.first,)
  return NotImplemented
 return __eq__


def _e02e770e84def204():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.top,self.bottom,self.left,self.right,self.parts,)==(other.top,other.bottom,other.left,other.right,other.parts,)
  return NotImplemented
 return __eq__


def _d646af4146713473():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.tpl,self.source,self.cells,self.row_lines,self.extra,self.shape,self.glued,self.glued_rows,self.unread,self.unplaced,self.notes,self.first,self.taken,)==(other.tpl,other.source,other.cells,other.row_lines,other.extra,other.shape,other.glued,other.glued_rows,other.unread,other.unplaced,other.notes,other.first,other.taken,)
  return NotImplemented
 return __eq__


def _7737fe5256dc4968():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.type,self.required,self.default,self.doc,)==(other.type,other.required,other.default,other.doc,)
  return NotImplemented
 return __eq__


def _9264a5dc61542695():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.type,self.title,self.body_markers,self.listing_link,self.formats,)==(other.type,other.title,other.body_markers,other.listing_link,other.formats,)
  return NotImplemented
 return __eq__


def _278d20323a89a220():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.url,self.discovered_from,self.agency,self.year,self.published,self.is_report,self.http_status,)==(other.url,other.discovered_from,other.agency,other.year,other.published,other.is_report,other.http_status,)
  return NotImplemented
 return __eq__


def _3dd900550c82be82():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.url,self.kind,self.discovered_from,self.state,self.note,self.note_zh,)==(other.url,other.kind,other.discovered_from,other.state,other.note,other.note_zh,)
  return NotImplemented
 return __eq__


def _757613419247b245():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,)==(other.value,)
  return NotImplemented
 return __eq__


def _6e6252b711df6983():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.expression,self.conversion,self.format_spec,)==(other.value,other.expression,other.conversion,other.format_spec,)
  return NotImplemented
 return __eq__


def _2496be2d3e665492():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.widest,self.bare,self.start,)==(other.widest,other.bare,other.start,)
  return NotImplemented
 return __eq__


def _7b12a2a298906314():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.words,)==(other.words,)
  return NotImplemented
 return __eq__


def _330b6683f9307ede():
 def __hash__(self):
  return hash((self.as_of,self.years,self.rows,self.findings,self.unattributed,self.queue,self.documents,self.reports,self.roster,self.pages,self.lang,))
 return __hash__


def _df02dd1f0811e123():
 def __hash__(self):
  return hash((self.body,self.year,self.url,self.code,self.rule,self.severity,self.message,self.place,self.across,self.other_url,))
 return __hash__


def _cf51f59b087dd359():
 def __hash__(self):
  return hash((self.by_kind,self.pack,))
 return __hash__


def _3ab41953e7369218():
 def __hash__(self):
  return hash((self.cells,))
 return __hash__


def _4333609ba8d02f12():
 def __hash__(self):
  return hash((self.cells,self.tokens,))
 return __hash__


def _84a70d85a8a25772():
 def __hash__(self):
  return hash((self.code,self.args,self.loc,))
 return __hash__


def _40acf7ad8ea9e019():
 def __hash__(self):
  return hash((self.code,self.name,self.kind,self.severity,self.summary,self.message,self.rationale,self.for_,self.expr,self.options,self.examples,self.cases,self.against,self.applies,))
 return __hash__


def _7893c8d2484bf6ed():
 def __hash__(self):
  return hash((self.code,self.name,self.severity,self.args,self.loc,self.where,self.evidence,))
 return __hash__


def _f6f4b572d03253e9():
 def __hash__(self):
  return hash((self.code,self.residual,self.coef,))
 return __hash__


def _a2f79d7ccb8feb53():
 def __hash__(self):
  return hash((self.connect_timeout,self.read_timeout,self.deadline,self.retries,self.backoff,self.max_redirects,self.max_bytes,self.verify_tls,self.cache_dir,self.allow_private,self.images,))
 return __hash__


def _c25ddb070ded779c():
 def __hash__(self):
  return hash((self.corpus,self.doc,))
 return __hash__


def _9a9b60f5dbd8ebb2():
 def __hash__(self):
  return hash((self.count,self.span,self.percent,self.percent_span,self.sentence,))
 return __hash__


def _ba98b95ae4488b21():
 def __hash__(self):
  return hash((self.data,self.member,self.texts,))
 return __hash__


def _82dbeaa2cef06619():
 def __hash__(self):
  return hash((self.drawn,self.pitch,self.steps,))
 return __hash__


def _7229ab911fef9a29():
 def __hash__(self):
  return hash((self.enabled,self.engine,self.table_seconds,self.document_seconds,self.progress,))
 return __hash__


def _6663933fa462514f():
 def __hash__(self):
  return hash((self.expr,self.env,self.rows,))
 return __hash__


def _1651565a50bd3975():
 def __hash__(self):
  return hash((self.expr,self.for_,))
 return __hash__


def _c9ffa227112fa253():
 def __hash__(self):
  return hash((self.face,self.quality,self.readings,))
 return __hash__


def _3a8e9c78b45c2abb():
 def __hash__(self):
  return hash((self.format_id,self.gtrid,self.bqual,self.prepared,self.owner,self.database,))
 return __hash__


def _51cb0bf4f4dd049d():
 def __hash__(self):
  return hash((self.g,self.digit,self.which,))
 return __hash__


def _dd76b9d150889ba9():
 def __hash__(self):
  return hash((self.gray,self.ink,self.rules,self.grid,))
 return __hash__


def _a6b8b00d37911aa6():
 def __hash__(self):
  return hash((self.holds,self.left,self.right,self.left_terms,self.right_terms,))
 return __hash__


def _192ce2f15e3a3a88():
 def __hash__(self):
  return hash((self.horizontal,self.vertical,self.mask,self.em,))
 return __hash__


def _b55ad71c93e5d8ff():
 def __hash__(self):
  return hash((self.host,self.items,self.options,self.scopes,self.robots,self.not_before,self.known_docs,self.store,self.wait,))
 return __hash__


def _ec5c9919dc86d3e8():
 def __hash__(self):
  return hash((self.host,self.port,))
 return __hash__


def _22429760b4a2dede():
 def __hash__(self):
  return hash((self.id,self.loc,self.cells,self.rows,self.columns,self.extra_rows,self.row_locs,self.unread_rows,))
 return __hash__


def _df824efbe3b366d5():
 def __hash__(self):
  return hash((self.image,self.row,self.col,self.confidence,self.read,self.note,))
 return __hash__


def _84eeefe01cdeb8e0():
 def __hash__(self):
  return hash((self.info,self.text,self.problems,self.raw,))
 return __hash__


def _28e6be74e9afe4ec():
 def __hash__(self):
  return hash((self.ink,self.baseline,))
 return __hash__


def _47a3212e5838bb51():
 def __hash__(self):
  return hash((self.key,self.heading,self.match,self.start_line,self.end_line,self.start,self.end,))
 return __hash__


def _1006c2d6e6c790e3():
 def __hash__(self):
  return hash((self.key,self.label,self.aliases,self.group,self.kind,))
 return __hash__


def _487613d215358524():
 def __hash__(self):
  return hash((self.key,self.label,self.aliases,self.ordinal,self.group,self.block,self.columns,))
 return __hash__


def _93fcd23c53741307():
 def __hash__(self):
  return hash((self.key,self.label,self.ordinal,))
 return __hash__


def _3cc5eabf42070d1a():
 def __hash__(self):
  return hash((self.key,self.ordinal,self.title,self.variants,self.keywords,self.long_forms,self.optional,))
 return __hash__


def _a8ccd3a27c5ace20():
 def __hash__(self):
  return hash((self.key,self.pattern,self.label,))
 return __hash__


def _29876c589c62aed6():
 def __hash__(self):
  return hash((self.key,self.target,self.ordinal,))
 return __hash__


def _9c7f7f86931a6b39():
 def __hash__(self):
  return hash((self.kind,self.cells,self.level,self.bold,self.table,))
 return __hash__


def _e33d0e67354529b7():
 def __hash__(self):
  return hash((self.kind,self.labels,self.cells,self.top,self.bands,))
 return __hash__


def _f593e32b7ca3bf2e():
 def __hash__(self):
  return hash((self.kind,self.name,self.data,self.url,self.lang,))
 return __hash__


def _5bf0f0f13999c4fe():
 def __hash__(self):
  return hash((self.label,self.loc,self.values,))
 return __hash__


def _2019143e48e540a8():
 def __hash__(self):
  return hash((self.label,self.x0,self.x1,))
 return __hash__


def _82eeae8fbcace8e1():
 def __hash__(self):
  return hash((self.line,self.column,))
 return __hash__


def _832ae650978bdd07():
 def __hash__(self):
  return hash((self.line,self.labels,self.values,self.cells,self.index,self.layout,self.tail,self.parts,self.above,self.full,))
 return __hash__


def _ac935922d815cf9c():
 def __hash__(self):
  return hash((self.lines,self.blocks,))
 return __hash__


def _0a557008a74df0f6():
 def __hash__(self):
  return hash((self.lines,self.x0,self.x1,self.top,self.bottom,self.glyphs,self.room,self.words,self.sharpness,self.touches_border,))
 return __hash__


def _c74b42c5fbddd016():
 def __hash__(self):
  return hash((self.lo,self.hi,self.segments,self.virtual,))
 return __hash__


def _fe2d426201480ecd():
 def __hash__(self):
  return hash((self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,))
 return __hash__


def _8db1af3ce6a9b189():
 def __hash__(self):
  return hash((self.max_bytes,self.jobs,self.loopback,self.fetch_timeout,))
 return __hash__


def _91a012ecc20f39d4():
 def __hash__(self):
  return hash((self.max_pixels,self.max_side,self.table_seconds,self.page_seconds,self.document_seconds,))
 return __hash__


def _403870e8bf75fb18():
 def __hash__(self):
  return hash((self.name,self.is_var,))
 return __hash__


def _93604056a3336adc():
 def __hash__(self):
  return hash((self.name,self.kind,self.encoding,self.sha256,self.url,self.published,self.title,))
 return __hash__


def _c90149fd6b408b76():
 def __hash__(self):
  return hash((self.name,self.level,self.parent,self.listing_url,))
 return __hash__


def _6292085cf39fb3cd():
 def __hash__(self):
  return hash((self.name,self.level,self.parent,self.year,self.status,self.url,self.published,self.deadline,self.days_late,self.reason,self.listing_url,))
 return __hash__


def _689735fd267ea62b():
 def __hash__(self):
  return hash((self.name,self.options,self.args,self.expression,self.across,))
 return __hash__


def _a236dabb88d94332():
 def __hash__(self):
  return hash((self.name,self.parse,self.render,self.read,self.suffixes,self.content_types,self.magic,self.magic_within,self.binary,self.in_folders,))
 return __hash__


def _d81bb4673d4cbaca():
 def __hash__(self):
  return hash((self.name,self.result,self.note,self.reader,))
 return __hash__


def _b76df368ede10805():
 def __hash__(self):
  return hash((self.no,self.kind,self.cells,self.md_level,self.exact,))
 return __hash__


def _db6080c5069bb273():
 def __hash__(self):
  return hash((self.op,self.left,self.right,))
 return __hash__


def _fc4fbee58cc006e1():
 def __hash__(self):
  return hash((self.pack,self.lang,self.color,self.version,))
 return __hash__


def _d4575cbdac9d1ac0():
 def __hash__(self):
  return hash((self.plus,self.minus,self.scaled,self.const,self.compare,))
 return __hash__


def _e4a1650732bcac3d():
 def __hash__(self):
  return hash((self.prose,self.spans,))
 return __hash__


def _7e17238163891f2d():
 def __hash__(self):
  return hash((self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,))
 return __hash__


def _49d03094c24d1ad4():
 def __hash__(self):
  return hash((self.raw,self.kind,self.value,self.line,self.column,self.end_column,))
 return __hash__


def _c6874a0b2d7f8a81():
 def __hash__(self):
  return hash((self.raw,self.kind,self.value,self.loc,))
 return __hash__


def _8c101edeb7671e88():
 def __hash__(self):
  return hash((self.reports,self.pages,self.attachments,))
 return __hash__


def _fb38b261bda710b5():
 def __hash__(self):
  return hash((self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,))
 return __hash__


def _c75f21fcfdd17e7a():
 def __hash__(self):
  return hash((self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,self.kind,self.text,self.confidence,self.note,))
 return __hash__


def _ca763050d04780fd():
 def __hash__(self):
  return hash((self.rule,self.text,))
 return __hash__


def _2d428963c6aa5a86():
 def __hash__(self):
  return hash((self.ruled,self.columns,self.rows,self.cells,self.notes,))
 return __hash__


def _592dfc64fee584cb():
 def __hash__(self):
  return hash((self.says,self.kind,self.documents,self.parents,))
 return __hash__


def _eda8e51031bff1c0():
 def __hash__(self):
  return hash((self.select,self.ignore,))
 return __hash__


def _a7fad41e54456392():
 def __hash__(self):
  return hash((self.select,self.ignore,self.extend_select,self.per_file_ignores,self.severity,self.fail_level,self.lang,self.rules,self.exclude,self.file,))
 return __hash__


def _036f24b1c4553ef1():
 def __hash__(self):
  return hash((self.selection,self.max_bytes,self.published,self.fetch,self.packs,self.severity,self.debug,self.ocr,))
 return __hash__


def _5951dc4659b40844():
 def __hash__(self):
  return hash((self.source,self.document,self.findings,self.notes,self.pack,))
 return __hash__


def _31c338c160f6430e():
 def __hash__(self):
  return hash((self.source,self.headings,self.sections,self.paragraphs,self.tables,self.format,self.year,self.agency,self.problems,self.line_count,self.images,self.line_pages,self.markers,self.shape,self.original,self.line_origins,self.notes,self.ocr,self.ocr_missing,))
 return __hash__


def _8c092b79c11f9285():
 def __hash__(self):
  return hash((self.source,self.line,self.column,self.end_line,self.end_column,self.page,))
 return __hash__


def _43d8c5e5c43a3eb7():
 def __hash__(self):
  return hash((self.source,self.width,self.height,self.lines,self.tables,self.complete,self.notes,self.seconds,))
 return __hash__


def _ff07c770296009ff():
 def __hash__(self):
  return hash((self.source,self.width,self.height,self.ruled,self.columns,self.rows,self.cells,self.engine,self.complete,self.notes,self.seconds,))
 return __hash__


def _b692dcd33296fbef():
 def __hash__(self):
  return hash((self.start,self.end,))
 return __hash__


def _a0ff050dafdd6000():
 def __hash__(self):
  return hash((self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,))
 return __hash__


def _f7fcfc47760ddabb():
 def __hash__(self):
  return hash((self.table,self.row,self.col,self.qual,))
 return __hash__


def _9f3ad3e8ea5061f0():
 def __hash__(self):
  return hash((self.table,self.row,self.col,self.value,self.qual,))
 return __hash__


def _689bbbef2e4b7c14():
 def __hash__(self):
  return hash((self.table,self.row,self.column,self.section,self.paragraph,self.quote,self.heading,self.page,self.docx,self.image,))
 return __hash__


def _a8a07902ad2e76cb():
 def __hash__(self):
  return hash((self.table,self.rows,self.cols,self.qual,))
 return __hash__


def _e346659cdff6e515():
 def __hash__(self):
  return hash((self.text,self.confidence,self.look,))
 return __hash__


def _f59348d881b1d604():
 def __hash__(self):
  return hash((self.text,self.encoding,self.reason,))
 return __hash__


def _53a426f28088ef4f():
 def __hash__(self):
  return hash((self.text,self.fit,self.margin,self.rival,self.sign,))
 return __hash__


def _a886ed86c5687b4e():
 def __hash__(self):
  return hash((self.text,self.left,self.op,self.right,))
 return __hash__


def _d765aec6474f9488():
 def __hash__(self):
  return hash((self.text,self.loc,))
 return __hash__


def _b15ea9b2a7d2deea():
 def __hash__(self):
  return hash((self.text,self.ordinal,self.bold,self.line,self.column,self.end_column,))
 return __hash__


def _bcbff71db7e75263():
 def __hash__(self):
  return hash((self.text,self.ordinal,self.system,self.number,self.level,self.loc,))
 return __hash__


def _19960a7429ab5c70():
 def __hash__(self):
  return hash((self.text,self.spot,))
 return __hash__


def _e4f9005454586e37():
 def __hash__(self):
  return hash((self.text,self.start,self.end,))
 return __hash__


def _2f6f10bcf3f04df7():
 def __hash__(self):
  return hash((self.text,self.starts,self.locs,))
 return __hash__


def _c0a9f3bbd44c2daa():
 def __hash__(self):
  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,))
 return __hash__


def _8fb12480d5602435():
 def __hash__(self):
  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,self.row,self.col,self.kind,))
 return __hash__


def _389f39879f1773e3():
 def __hash__(self):
  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.loc,self.confidence,))
 return __hash__


def _5f327e5a70ab857b():
 def __hash__(self):
  return hash((self.type,self.required,self.default,self.doc,))
 return __hash__


def _24d64468b0ebe660():
 def __hash__(self):
  return hash((self.type,self.title,self.body_markers,self.listing_link,self.formats,))
 return __hash__


def _5b31a8e3bc361fe0():
 def __hash__(self):
  return hash((self.url,self.discovered_from,self.agency,self.year,self.published,self.is_report,self.http_status,))
 return __hash__


def _886e825a1973ae48():
 def __hash__(self):
  return hash((self.url,self.kind,self.discovered_from,self.state,self.note,self.note_zh,))
 return __hash__


def _e4592a93700c975a():
 def __hash__(self):
  return hash((self.value,))
 return __hash__


def _400531ab5d3983f5():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(as_of={self.as_of!r}, years={self.years!r}, rows={self.rows!r}, findings={self.findings!r}, unattributed={self.unattributed!r}, queue={self.queue!r}, documents={self.documents!r}, reports={self.reports!r}, roster={self.roster!r}, pages={self.pages!r}, lang={self.lang!r})"
 return __repr__


def _2b5320d70d008af8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(blocks={self.blocks!r}, title={self.title!r}, meta={self.meta!r}, attachments={self.attachments!r}, images={self.images!r}, image_refs={self.image_refs!r}, body_found={self.body_found!r}, problems={self.problems!r})"
 return __repr__


def _611789e5a5b8bb1a():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(body={self.body!r}, year={self.year!r}, url={self.url!r}, code={self.code!r}, rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, place={self.place!r}, across={self.across!r}, other_url={self.other_url!r})"
 return __repr__


def _41ac383a8c4cb89c():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(by_kind={self.by_kind!r}, pack={self.pack!r})"
 return __repr__


def _08c97e12278b7ce3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cells={self.cells!r})"
 return __repr__


def _867560c7152786b2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cells={self.cells!r}, tokens={self.tokens!r})"
 return __repr__


def _7f04233b951ebe3f():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, args={self.args!r}, loc={self.loc!r})"
 return __repr__


def _da13b4ade5261f37():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, kind={self.kind!r}, severity={self.severity!r}, summary={self.summary!r}, message={self.message!r}, rationale={self.rationale!r}, for_={self.for_!r}, expr={self.expr!r}, options={self.options!r}, examples={self.examples!r}, cases={self.cases!r}, against={self.against!r}, applies={self.applies!r})"
 return __repr__


def _fd40d36a2dd97905():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, severity={self.severity!r}, args={self.args!r}, loc={self.loc!r}, where={self.where!r}, evidence={self.evidence!r}, template={self.template!r}, fixes={self.fixes!r}, related={self.related!r})"
 return __repr__


def _0af2cc306fa0ecec():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, residual={self.residual!r}, coef={self.coef!r})"
 return __repr__


def _0640ee046d0eefc3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, zh={self.zh!r}, en={self.en!r}, status={self.status!r})"
 return __repr__


def _1097297f6fa493f3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(codes={self.codes!r}, first={self.first!r}, last={self.last!r}, loc={self.loc!r}, used={self.used!r})"
 return __repr__


def _47c884107a3a35ef():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(connect_timeout={self.connect_timeout!r}, read_timeout={self.read_timeout!r}, deadline={self.deadline!r}, retries={self.retries!r}, backoff={self.backoff!r}, max_redirects={self.max_redirects!r}, max_bytes={self.max_bytes!r}, verify_tls={self.verify_tls!r}, cache_dir={self.cache_dir!r}, allow_private={self.allow_private!r}, images={self.images!r})"
 return __repr__


def _94345d921e20e006():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(content_disposition={self.content_disposition!r}, field_name={self.field_name!r}, data={self.data!r}, file={self.file!r}, item_headers={self.item_headers!r})"
 return __repr__


def _c9a3d037113a27a4():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(corpus={self.corpus!r}, doc={self.doc!r})"
 return __repr__


def _6af83a3d25e0a1a6():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(count={self.count!r}, span={self.span!r}, percent={self.percent!r}, percent_span={self.percent_span!r}, sentence={self.sentence!r})"
 return __repr__


def _c7aa35488fbe93fc():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(data={self.data!r}, member={self.member!r}, texts={self.texts!r})"
 return __repr__


def _02fa6b9e976a2285():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(discovered={self.discovered!r}, finished={self.finished!r}, fetched={self.fetched!r}, linted={self.linted!r}, errors={self.errors!r}, skipped={self.skipped!r}, lang={self.lang!r}, quiet={self.quiet!r}, stream={self.stream!r}, started={self.started!r}, lock={self.lock!r}, _at_start={self._at_start!r}, _last={self._last!r}, _logged={self._logged!r})"
 return __repr__


def _88cfdee8b5430620():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(drawn={self.drawn!r}, pitch={self.pitch!r}, steps={self.steps!r})"
 return __repr__


def _12b72e0cc606de8b():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(enabled={self.enabled!r}, engine={self.engine!r}, table_seconds={self.table_seconds!r}, document_seconds={self.document_seconds!r}, progress={self.progress!r})"
 return __repr__


def _ec01067a90f2e271():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(expr={self.expr!r}, env={self.env!r}, rows={self.rows!r})"
 return __repr__


def _5e05f685779b4aec():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(expr={self.expr!r}, for_={self.for_!r})"
 return __repr__


def _ab65716e4e84e092():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(face={self.face!r}, quality={self.quality!r}, readings={self.readings!r})"
 return __repr__


def _00d37d4a9993b9d1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(font={self.font!r}, size={self.size!r}, bank={self.bank!r}, energy={self.energy!r}, box={self.box!r}, ox={self.ox!r}, oy={self.oy!r})"
 return __repr__


def _a059af5cbc3ddde1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(format_id={self.format_id!r}, gtrid={self.gtrid!r}, bqual={self.bqual!r}, prepared={self.prepared!r}, owner={self.owner!r}, database={self.database!r})"
 return __repr__


def _8b9db6d40b267e23():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(g={self.g!r}, digit={self.digit!r}, which={self.which!r})"
 return __repr__


def _7309411334aba8a4():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(gray={self.gray!r}, ink={self.ink!r}, rules={self.rules!r}, grid={self.grid!r})"
 return __repr__


def _b9c4f3f78f503679():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(holds={self.holds!r}, left={self.left!r}, right={self.right!r}, left_terms={self.left_terms!r}, right_terms={self.right_terms!r})"
 return __repr__


def _ae8ed86e0bf755b1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(horizontal={self.horizontal!r}, vertical={self.vertical!r}, mask={self.mask!r}, em={self.em!r})"
 return __repr__


def _7be7a85baa03b5be():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(host={self.host!r}, items={self.items!r}, options={self.options!r}, scopes={self.scopes!r}, robots={self.robots!r}, not_before={self.not_before!r}, known_docs={self.known_docs!r}, store={self.store!r}, wait={self.wait!r})"
 return __repr__


def _5737e2ff514297a3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(host={self.host!r}, port={self.port!r})"
 return __repr__


def _e3102bd74475f912():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(host={self.host!r}, writes={self.writes!r}, counts={self.counts!r}, touched={self.touched!r}, robots={self.robots!r}, ended={self.ended!r})"
 return __repr__


def _775be243124dfa69():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, loc={self.loc!r}, cells={self.cells!r}, rows={self.rows!r}, columns={self.columns!r}, extra_rows={self.extra_rows!r}, row_locs={self.row_locs!r}, unread_rows={self.unread_rows!r})"
 return __repr__


def _ce515a2297657587():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, section={self.section!r}, layout={self.layout!r}, columns={self.columns!r}, rows={self.rows!r}, groups={self.groups!r})"
 return __repr__


def _3c7c38afe46c4b0e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(image={self.image!r}, row={self.row!r}, col={self.col!r}, confidence={self.confidence!r}, read={self.read!r}, note={self.note!r})"
 return __repr__


def _363fc4f0af623d9e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(info={self.info!r}, db={self.db!r}, user={self.user!r}, password={self.password!r}, host={self.host!r}, hostaddr={self.hostaddr!r}, port={self.port!r}, tty={self.tty!r}, options={self.options!r}, status={self.status!r}, transaction_status={self.transaction_status!r}, pipeline_status={self.pipeline_status!r}, error_message={self.error_message!r}, _encoding={self._encoding!r}, protocol_version={self.protocol_version!r}, full_protocol_version={self.full_protocol_version!r}, server_version={self.server_version!r}, backend_pid={self.backend_pid!r}, needs_password={self.needs_password!r}, used_password={self.used_password!r}, used_gssapi={self.used_gssapi!r}, ssl_in_use={self.ssl_in_use!r}, nonblocking={self.nonblocking!r}, notice_handler={self.notice_handler!r}, notify_handler={self.notify_handler!r})"
 return __repr__


def _4bf5e719ee1cb416():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(info={self.info!r}, text={self.text!r}, problems={self.problems!r})"
 return __repr__


def _c57e4f3f93a23057():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ink={self.ink!r}, baseline={self.baseline!r})"
 return __repr__


def _5f89860994bb2883():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, heading={self.heading!r}, match={self.match!r}, start_line={self.start_line!r}, end_line={self.end_line!r}, start={self.start!r}, end={self.end!r})"
 return __repr__


def _bea0b246ca82a49a():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, aliases={self.aliases!r}, group={self.group!r}, kind={self.kind!r})"
 return __repr__


def _95a908a41e8f38fd():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, aliases={self.aliases!r}, ordinal={self.ordinal!r}, group={self.group!r}, block={self.block!r}, columns={self.columns!r})"
 return __repr__


def _a3aff71c955cf6a0():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, ordinal={self.ordinal!r})"
 return __repr__


def _6a8593e65fc5e69d():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, ordinal={self.ordinal!r}, title={self.title!r}, variants={self.variants!r}, keywords={self.keywords!r}, long_forms={self.long_forms!r}, optional={self.optional!r})"
 return __repr__


def _4f204c80fe7a99f5():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, pattern={self.pattern!r}, label={self.label!r})"
 return __repr__


def _e4f397c9b079d837():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, target={self.target!r}, ordinal={self.ordinal!r})"
 return __repr__


def _fcb769986785e5d1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, envvar={self.envvar!r}, compiled={self.compiled!r})"
 return __repr__


def _9a994cde671ab400():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, cells={self.cells!r}, level={self.level!r}, bold={self.bold!r}, table={self.table!r})"
 return __repr__


def _51ea0c5fc2318027():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, labels={self.labels!r}, cells={self.cells!r}, top={self.top!r}, bands={self.bands!r})"
 return __repr__


def _28c02c87c3225a5c():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, name={self.name!r}, data={self.data!r}, url={self.url!r}, lang={self.lang!r})"
 return __repr__


def _97f1e5934aa801bf():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, loc={self.loc!r}, values={self.values!r})"
 return __repr__


def _f5a11f119a02893e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, x0={self.x0!r}, x1={self.x1!r})"
 return __repr__


def _0ac2fc8f60c90961():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, column={self.column!r})"
 return __repr__


def _396104e6f901e23f():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, labels={self.labels!r}, values={self.values!r}, cells={self.cells!r}, index={self.index!r}, layout={self.layout!r}, tail={self.tail!r}, parts={self.parts!r}, above={self.above!r}, full={self.full!r})"
 return __repr__


def _dfc6e48134d7023b():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r}, blocks={self.blocks!r})"
 return __repr__


def _62b94cc6d02c1cba():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r}, info={self.info!r}, head={self.head!r}, line_count={self.line_count!r}, problems={self.problems!r}, images={self.images!r}, original={self.original!r}, markers={self.markers!r})"
 return __repr__


def _dd80063f05b7589a():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r}, pages={self.pages!r}, problems={self.problems!r}, ocr={self.ocr!r}, notes={self.notes!r}, hint={self.hint!r}, origins={self.origins!r})"
 return __repr__


def _d5c0f8de26396ca9():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, glyphs={self.glyphs!r}, room={self.room!r}, words={self.words!r}, sharpness={self.sharpness!r}, touches_border={self.touches_border!r})"
 return __repr__


def _990d086b32d58c2e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lo={self.lo!r}, hi={self.hi!r}, segments={self.segments!r}, virtual={self.virtual!r})"
 return __repr__


def _3897e603fe41f6ce():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(loc={self.loc!r}, args={self.args!r}, where={self.where!r}, evidence={self.evidence!r}, severity={self.severity!r}, other={self.other!r}, message={self.message!r})"
 return __repr__


def _88efa5b2c8b2cc62():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_bytes={self.max_bytes!r}, jobs={self.jobs!r}, loopback={self.loopback!r}, fetch_timeout={self.fetch_timeout!r})"
 return __repr__


def _2339b306c596aeb7():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_pixels={self.max_pixels!r}, max_side={self.max_side!r}, table_seconds={self.table_seconds!r}, page_seconds={self.page_seconds!r}, document_seconds={self.document_seconds!r})"
 return __repr__


def _fb9a7d4c3b8d6bf8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, format={self.format!r}, title={self.title!r}, format_markers={self.format_markers!r}, sections={self.sections!r}, tables={self.tables!r}, rules={self.rules!r}, path={self.path!r}, report={self.report!r}, bodies={self.bodies!r}, diagnosis={self.diagnosis!r})"
 return __repr__


def _2a4f28901f5ec8cc():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, is_var={self.is_var!r})"
 return __repr__


def _56fb34bf1314cd7b():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, encoding={self.encoding!r}, sha256={self.sha256!r}, url={self.url!r}, published={self.published!r}, title={self.title!r})"
 return __repr__


def _b78d237bc49389d6():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, listing_url={self.listing_url!r})"
 return __repr__


def _2109fb608cc376c2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, year={self.year!r}, status={self.status!r}, url={self.url!r}, published={self.published!r}, deadline={self.deadline!r}, days_late={self.days_late!r}, reason={self.reason!r}, listing_url={self.listing_url!r})"
 return __repr__


def _7ed374af4b26e7a8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, options={self.options!r}, args={self.args!r}, expression={self.expression!r}, across={self.across!r})"
 return __repr__


def _74b103e92722c921():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, parse={self.parse!r}, render={self.render!r}, read={self.read!r}, suffixes={self.suffixes!r}, content_types={self.content_types!r}, magic={self.magic!r}, magic_within={self.magic_within!r}, binary={self.binary!r}, in_folders={self.in_folders!r})"
 return __repr__


def _f731a30e62d1808a():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, result={self.result!r}, note={self.note!r}, reader={self.reader!r})"
 return __repr__


def _676328c303e42288():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, shapes={self.shapes!r}, advances={self.advances!r}, em={self.em!r}, pad={self.pad!r}, base={self.base!r}, top={self.top!r}, bottom={self.bottom!r})"
 return __repr__


def _f686ac9c379c234c():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(no={self.no!r}, kind={self.kind!r}, cells={self.cells!r}, md_level={self.md_level!r}, exact={self.exact!r})"
 return __repr__


def _9d2adf0a11af6cc3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(op={self.op!r}, left={self.left!r}, right={self.right!r})"
 return __repr__


def _159a01552682776e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pack={self.pack!r}, lang={self.lang!r}, color={self.color!r}, version={self.version!r})"
 return __repr__


def _54c945a477f4c4f1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(per_host={self.per_host!r}, delay={self.delay!r}, concurrency={self.concurrency!r}, refetch={self.refetch!r}, respect_robots={self.respect_robots!r}, processes={self.processes!r}, time_limit={self.time_limit!r}, max_pages={self.max_pages!r}, start_method={self.start_method!r}, fetch={self.fetch!r}, lint={self.lint!r})"
 return __repr__


def _456e0505f26de05d():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(plus={self.plus!r}, minus={self.minus!r}, scaled={self.scaled!r}, const={self.const!r}, compare={self.compare!r})"
 return __repr__


def _60c33c09cd5b6085():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(prose={self.prose!r}, spans={self.spans!r})"
 return __repr__


def _f4bc0cb7308377b8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(queue={self.queue!r}, documents={self.documents!r}, reports={self.reports!r}, errors={self.errors!r}, warnings={self.warnings!r}, codes={self.codes!r}, cross_codes={self.cross_codes!r})"
 return __repr__


def _6c0a6763be96b702():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, line={self.line!r}, column={self.column!r}, end_column={self.end_column!r})"
 return __repr__


def _d252b9f7c2d51b4f():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, loc={self.loc!r})"
 return __repr__


def _c6d1ed5702578393():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(reports={self.reports!r}, pages={self.pages!r}, attachments={self.attachments!r})"
 return __repr__


def _d5905d8d226efab2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(result={self.result!r}, name={self.name!r}, kind={self.kind!r})"
 return __repr__


def _5990d2b568575de9():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(row={self.row!r}, col={self.col!r}, rowspan={self.rowspan!r}, colspan={self.colspan!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r})"
 return __repr__


def _4b87d2cf9ff36529():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(row={self.row!r}, col={self.col!r}, rowspan={self.rowspan!r}, colspan={self.colspan!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, kind={self.kind!r}, text={self.text!r}, confidence={self.confidence!r}, note={self.note!r})"
 return __repr__


def _55687a3a844b7781():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rule={self.rule!r}, text={self.text!r})"
 return __repr__


def _83b3c37d87de3f22():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, notes={self.notes!r})"
 return __repr__


def _b1f7af3498422374():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(says={self.says!r}, kind={self.kind!r}, documents={self.documents!r}, parents={self.parents!r})"
 return __repr__


def _498118111ed03dec():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(select={self.select!r}, ignore={self.ignore!r})"
 return __repr__


def _0d19aec500a6cfaa():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(select={self.select!r}, ignore={self.ignore!r}, extend_select={self.extend_select!r}, per_file_ignores={self.per_file_ignores!r}, severity={self.severity!r}, fail_level={self.fail_level!r}, lang={self.lang!r}, rules={self.rules!r}, exclude={self.exclude!r}, file={self.file!r}, origins={self.origins!r})"
 return __repr__


def _237d01d762fa8d27():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(selection={self.selection!r}, max_bytes={self.max_bytes!r}, published={self.published!r}, fetch={self.fetch!r}, packs={self.packs!r}, severity={self.severity!r}, debug={self.debug!r}, ocr={self.ocr!r})"
 return __repr__


def _f483d5ceee85538c():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, document={self.document!r}, findings={self.findings!r}, notes={self.notes!r}, pack={self.pack!r})"
 return __repr__


def _e8b801b276c0760d():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, headings={self.headings!r}, sections={self.sections!r}, paragraphs={self.paragraphs!r}, tables={self.tables!r}, format={self.format!r}, year={self.year!r}, agency={self.agency!r}, problems={self.problems!r}, line_count={self.line_count!r}, images={self.images!r}, line_pages={self.line_pages!r}, markers={self.markers!r}, shape={self.shape!r}, original={self.original!r}, line_origins={self.line_origins!r}, notes={self.notes!r}, ocr={self.ocr!r}, ocr_missing={self.ocr_missing!r})"
 return __repr__


def _9fe1da9e6dd01810():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, line={self.line!r}, column={self.column!r}, end_line={self.end_line!r}, end_column={self.end_column!r}, page={self.page!r})"
 return __repr__


def _be02fe3892bc2f28():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, lines={self.lines!r}, tables={self.tables!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"
 return __repr__


def _e3e60d887a5cedd1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, engine={self.engine!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"
 return __repr__


def _397dd2cdd6376177():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"
 return __repr__


def _22ea383f04c86701():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, errors={self.errors!r}, warnings={self.warnings!r}, infos={self.infos!r}, top={self.top!r}, page={self.page!r}, figures={self.figures!r})"
 return __repr__


def _093db60b4b20db4a():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, col={self.col!r}, qual={self.qual!r})"
 return __repr__


def _3d053425e4bd7409():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, col={self.col!r}, value={self.value!r}, qual={self.qual!r})"
 return __repr__


def _1ba5f7b1f1635607():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, column={self.column!r}, section={self.section!r}, paragraph={self.paragraph!r}, quote={self.quote!r}, heading={self.heading!r}, page={self.page!r}, docx={self.docx!r}, image={self.image!r})"
 return __repr__


def _8aac4ac3e97583d7():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(table={self.table!r}, rows={self.rows!r}, cols={self.cols!r}, qual={self.qual!r})"
 return __repr__


def _9538922a0ac0c78e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, confidence={self.confidence!r}, look={self.look!r})"
 return __repr__


def _429b06286cf3c3ae():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, encoding={self.encoding!r}, reason={self.reason!r})"
 return __repr__


def _83e97c532a64a490():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, fit={self.fit!r}, margin={self.margin!r}, rival={self.rival!r}, sign={self.sign!r})"
 return __repr__


def _40e061bbb0195fad():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, left={self.left!r}, op={self.op!r}, right={self.right!r})"
 return __repr__


def _8f3d2102a2fa096f():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, loc={self.loc!r})"
 return __repr__


def _f41aeae2280f8562():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, ordinal={self.ordinal!r}, bold={self.bold!r}, line={self.line!r}, column={self.column!r}, end_column={self.end_column!r})"
 return __repr__


def _32ae9d4a97529f0a():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, ordinal={self.ordinal!r}, system={self.system!r}, number={self.number!r}, level={self.level!r}, loc={self.loc!r})"
 return __repr__


def _348635cf37e9e3e3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, spot={self.spot!r})"
 return __repr__


def _b8a1d708e45387f3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, start={self.start!r}, end={self.end!r})"
 return __repr__


def _56f82b72b43badd8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, starts={self.starts!r}, locs={self.locs!r})"
 return __repr__


def _c214b39cab2e9878():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, confidence={self.confidence!r})"
 return __repr__


def _2e0e9db4463398c3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, confidence={self.confidence!r}, row={self.row!r}, col={self.col!r}, kind={self.kind!r})"
 return __repr__


def _d0f6a8e068e84a32():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, loc={self.loc!r}, confidence={self.confidence!r})"
 return __repr__


def _2a9dd5ec8927a4e0():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(texts={self.texts!r}, first={self.first!r})"
 return __repr__


def _ff17eec4bdbbdd29():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(top={self.top!r}, bottom={self.bottom!r}, left={self.left!r}, right={self.right!r}, parts={self.parts!r})"
 return __repr__


def _b467963c959834e3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(tpl={self.tpl!r}, source={self.source!r}, cells={self.cells!r}, row_lines={self.row_lines!r}, extra={self.extra!r}, shape={self.shape!r}, glued={self.glued!r}, glued_rows={self.glued_rows!r}, unread={self.unread!r}, unplaced={self.unplaced!r}, notes={self.notes!r}, first={self.first!r}, taken={self.taken!r})"
 return __repr__


def _38cc5684129d50bd():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(type={self.type!r}, required={self.required!r}, default={self.default!r}, doc={self.doc!r})"
 return __repr__


def _ecfb6daa0f0b2ddf():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(type={self.type!r}, title={self.title!r}, body_markers={self.body_markers!r}, listing_link={self.listing_link!r}, formats={self.formats!r})"
 return __repr__


def _e35c234c43e5993f():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(url={self.url!r}, discovered_from={self.discovered_from!r}, agency={self.agency!r}, year={self.year!r}, published={self.published!r}, is_report={self.is_report!r}, http_status={self.http_status!r})"
 return __repr__


def _1bdc6ba4b9e24f50():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(url={self.url!r}, kind={self.kind!r}, discovered_from={self.discovered_from!r}, state={self.state!r}, note={self.note!r}, note_zh={self.note_zh!r})"
 return __repr__


def _8ee94bac4a9eb22c():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r})"
 return __repr__


def _43168a311bae900e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, expression={self.expression!r}, conversion={self.conversion!r}, format_spec={self.format_spec!r})"
 return __repr__


def _75b771e84b76fb6e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(widest={self.widest!r}, bare={self.bare!r}, start={self.start!r})"
 return __repr__


def _0583f54ef329ee26():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(words={self.words!r})"
 return __repr__


def _514877ed50651436(_type_as_of, _type_years, _type_rows, _type_findings, _type_unattributed, _type_queue, _type_documents, _type_reports, _type_roster, _type_pages, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _return_type):
 def __init__(self,as_of:_type_as_of,years:_type_years,rows:_type_rows,findings:_type_findings,unattributed:_type_unattributed,queue:_type_queue,documents:_type_documents,reports:_type_reports,roster:_type_roster,pages:_type_pages,lang:_type_lang=_dflt_lang)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'years',years)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'unattributed',unattributed)
  __dataclass_builtins_object__.__setattr__(self,'queue',queue)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
  __dataclass_builtins_object__.__setattr__(self,'reports',reports)
  __dataclass_builtins_object__.__setattr__(self,'roster',roster)
  __dataclass_builtins_object__.__setattr__(self,'pages',pages)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
 return __init__


def _4ca6c8f4b351c841(_type_blocks, _type_title, _type_meta, _type_attachments, _type_images, _type_image_refs, _type_body_found, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _dflt_title, _dflt_meta, _dflt_attachments, _dflt_images, _dflt_image_refs, _dflt_body_found, _dflt_problems, _return_type):
 def __init__(self,blocks:_type_blocks=_HAS_DEFAULT_FACTORY,title:_type_title=_dflt_title,meta:_type_meta=_HAS_DEFAULT_FACTORY,attachments:_type_attachments=_HAS_DEFAULT_FACTORY,images:_type_images=_HAS_DEFAULT_FACTORY,image_refs:_type_image_refs=_HAS_DEFAULT_FACTORY,body_found:_type_body_found=_dflt_body_found,problems:_type_problems=_HAS_DEFAULT_FACTORY)->_return_type:
  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks
  self.title=title
  self.meta=_dflt_meta() if meta is _HAS_DEFAULT_FACTORY else meta
  self.attachments=_dflt_attachments() if attachments is _HAS_DEFAULT_FACTORY else attachments
  self.images=_dflt_images() if images is _HAS_DEFAULT_FACTORY else images
  self.image_refs=_dflt_image_refs() if image_refs is _HAS_DEFAULT_FACTORY else image_refs
  self.body_found=body_found
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
 return __init__


def _0b608f7b6122ffe7(_type_body, _type_year, _type_url, _type_code, _type_rule, _type_severity, _type_message, _type_place, _type_across, _type_other_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_across, _dflt_other_url, _return_type):
 def __init__(self,body:_type_body,year:_type_year,url:_type_url,code:_type_code,rule:_type_rule,severity:_type_severity,message:_type_message,place:_type_place,across:_type_across=_dflt_across,other_url:_type_other_url=_dflt_other_url)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'body',body)
  __dataclass_builtins_object__.__setattr__(self,'year',year)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'place',place)
  __dataclass_builtins_object__.__setattr__(self,'across',across)
  __dataclass_builtins_object__.__setattr__(self,'other_url',other_url)
 return __init__


def _bb5c19c44c4cbb3b(_type_by_kind, _type_pack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pack, _return_type):
 def __init__(self,by_kind:_type_by_kind,pack:_type_pack=_dflt_pack)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'by_kind',by_kind)
  __dataclass_builtins_object__.__setattr__(self,'pack',pack)
 return __init__


def _233e2ace59106990(_type_cells, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,cells:_type_cells)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
 return __init__


def _9894bc58885a4ea6(_type_cells, _type_tokens, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,cells:_type_cells,tokens:_type_tokens)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)
 return __init__


def _d449947fedd94df3(_type_code, _type_args, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,code:_type_code,args:_type_args,loc:_type_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'args',args)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


def _ca5d4b3bbf3d8d13(_type_code, _type_name, _type_kind, _type_severity, _type_summary, _type_message, _type_rationale, _type_for_, _type_expr, _type_options, _type_examples, _type_cases, _type_against, _type_applies, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_for_, _dflt_expr, _dflt_options, _dflt_examples, _dflt_cases, _dflt_against, _dflt_applies, _return_type):
 def __init__(self,code:_type_code,name:_type_name,kind:_type_kind,severity:_type_severity,summary:_type_summary,message:_type_message,rationale:_type_rationale,for_:_type_for_=_HAS_DEFAULT_FACTORY,expr:_type_expr=_dflt_expr,options:_type_options=_HAS_DEFAULT_FACTORY,examples:_type_examples=_HAS_DEFAULT_FACTORY,cases:_type_cases=_HAS_DEFAULT_FACTORY,against:_type_against=_dflt_against,applies:_type_applies=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'rationale',rationale)
  __dataclass_builtins_object__.__setattr__(self,'for_',_dflt_for_() if for_ is _HAS_DEFAULT_FACTORY else for_)
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'options',_dflt_options() if options is _HAS_DEFAULT_FACTORY else options)
  __dataclass_builtins_object__.__setattr__(self,'examples',_dflt_examples() if examples is _HAS_DEFAULT_FACTORY else examples)
  __dataclass_builtins_object__.__setattr__(self,'cases',_dflt_cases() if cases is _HAS_DEFAULT_FACTORY else cases)
  __dataclass_builtins_object__.__setattr__(self,'against',against)
  __dataclass_builtins_object__.__setattr__(self,'applies',_dflt_applies() if applies is _HAS_DEFAULT_FACTORY else applies)
 return __init__


def _5b52ed8446af5953(_type_code, _type_name, _type_severity, _type_args, _type_loc, _type_where, _type_evidence, _type_template, _type_fixes, _type_related, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _dflt_evidence, _dflt_template, _dflt_fixes, _dflt_related, _return_type):
 def __init__(self,code:_type_code,name:_type_name,severity:_type_severity,args:_type_args,loc:_type_loc,where:_type_where=_HAS_DEFAULT_FACTORY,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,template:_type_template=_dflt_template,fixes:_type_fixes=_dflt_fixes,related:_type_related=_dflt_related)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'args',args)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)
  __dataclass_builtins_object__.__setattr__(self,'evidence',_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence)
  __dataclass_builtins_object__.__setattr__(self,'template',template)
  __dataclass_builtins_object__.__setattr__(self,'fixes',fixes)
  __dataclass_builtins_object__.__setattr__(self,'related',related)
 return __init__


def _f2bd0e8f00a287fa(_type_code, _type_residual, _type_coef, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,code:_type_code,residual:_type_residual,coef:_type_coef)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'residual',residual)
  __dataclass_builtins_object__.__setattr__(self,'coef',coef)
 return __init__


def _77a53257c1174e29(_type_code, _type_zh, _type_en, _type_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_status, _return_type):
 def __init__(self,code:_type_code,zh:_type_zh,en:_type_en,status:_type_status=_dflt_status)->_return_type:
  self.code=code
  self.zh=zh
  self.en=en
  self.status=status
 return __init__


def _fccae93be8c815cd(_type_codes, _type_first, _type_last, _type_loc, _type_used, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_used, _return_type):
 def __init__(self,codes:_type_codes,first:_type_first,last:_type_last,loc:_type_loc,used:_type_used=_dflt_used)->_return_type:
  self.codes=codes
  self.first=first
  self.last=last
  self.loc=loc
  self.used=used
 return __init__


def _94eccb1d7b6d5e07(_type_connect_timeout, _type_read_timeout, _type_deadline, _type_retries, _type_backoff, _type_max_redirects, _type_max_bytes, _type_verify_tls, _type_cache_dir, _type_allow_private, _type_images, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_connect_timeout, _dflt_read_timeout, _dflt_deadline, _dflt_retries, _dflt_backoff, _dflt_max_redirects, _dflt_max_bytes, _dflt_verify_tls, _dflt_cache_dir, _dflt_allow_private, _dflt_images, _return_type):
 def __init__(self,connect_timeout:_type_connect_timeout=_dflt_connect_timeout,read_timeout:_type_read_timeout=_dflt_read_timeout,deadline:_type_deadline=_dflt_deadline,retries:_type_retries=_dflt_retries,backoff:_type_backoff=_dflt_backoff,max_redirects:_type_max_redirects=_dflt_max_redirects,max_bytes:_type_max_bytes=_dflt_max_bytes,verify_tls:_type_verify_tls=_dflt_verify_tls,cache_dir:_type_cache_dir=_dflt_cache_dir,allow_private:_type_allow_private=_dflt_allow_private,images:_type_images=_dflt_images)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'connect_timeout',connect_timeout)
  __dataclass_builtins_object__.__setattr__(self,'read_timeout',read_timeout)
  __dataclass_builtins_object__.__setattr__(self,'deadline',deadline)
  __dataclass_builtins_object__.__setattr__(self,'retries',retries)
  __dataclass_builtins_object__.__setattr__(self,'backoff',backoff)
  __dataclass_builtins_object__.__setattr__(self,'max_redirects',max_redirects)
  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)
  __dataclass_builtins_object__.__setattr__(self,'verify_tls',verify_tls)
  __dataclass_builtins_object__.__setattr__(self,'cache_dir',cache_dir)
  __dataclass_builtins_object__.__setattr__(self,'allow_private',allow_private)
  __dataclass_builtins_object__.__setattr__(self,'images',images)
 return __init__


def _a4c916cbb43963ec(_type_content_disposition, _type_field_name, _type_data, _type_file, _type_item_headers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_content_disposition, _dflt_field_name, _dflt_data, _dflt_file, _dflt_item_headers, _return_type):
 def __init__(self,content_disposition:_type_content_disposition=_dflt_content_disposition,field_name:_type_field_name=_dflt_field_name,data:_type_data=_HAS_DEFAULT_FACTORY,file:_type_file=_dflt_file,item_headers:_type_item_headers=_HAS_DEFAULT_FACTORY)->_return_type:
  self.content_disposition=content_disposition
  self.field_name=field_name
  self.data=_dflt_data() if data is _HAS_DEFAULT_FACTORY else data
  self.file=file
  self.item_headers=_dflt_item_headers() if item_headers is _HAS_DEFAULT_FACTORY else item_headers
 return __init__


def _76f34459d51201c5(_type_corpus, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,corpus:_type_corpus,doc:_type_doc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'corpus',corpus)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
 return __init__


def _85968e54434b02af(_type_count, _type_span, _type_percent, _type_percent_span, _type_sentence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_percent, _dflt_percent_span, _dflt_sentence, _return_type):
 def __init__(self,count:_type_count,span:_type_span,percent:_type_percent=_dflt_percent,percent_span:_type_percent_span=_dflt_percent_span,sentence:_type_sentence=_dflt_sentence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'count',count)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'percent_span',percent_span)
  __dataclass_builtins_object__.__setattr__(self,'sentence',sentence)
 return __init__


def _a83632551bcf413b(_type_data, _type_member, _type_texts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,data:_type_data,member:_type_member,texts:_type_texts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'member',member)
  __dataclass_builtins_object__.__setattr__(self,'texts',texts)
 return __init__


def _b2bca9e755962437(_type_discovered, _type_finished, _type_fetched, _type_linted, _type_errors, _type_skipped, _type_lang, _type_quiet, _type_stream, _type_started, _type_lock, _type__at_start, _type__last, _type__logged, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_discovered, _dflt_finished, _dflt_fetched, _dflt_linted, _dflt_errors, _dflt_skipped, _dflt_lang, _dflt_quiet, _dflt_stream, _dflt_started, _dflt_lock, _dflt__at_start, _dflt__last, _dflt__logged, _return_type):
 def __init__(self,discovered:_type_discovered=_dflt_discovered,finished:_type_finished=_dflt_finished,fetched:_type_fetched=_dflt_fetched,linted:_type_linted=_dflt_linted,errors:_type_errors=_dflt_errors,skipped:_type_skipped=_dflt_skipped,lang:_type_lang=_dflt_lang,quiet:_type_quiet=_dflt_quiet,stream:_type_stream=_HAS_DEFAULT_FACTORY,started:_type_started=_HAS_DEFAULT_FACTORY,lock:_type_lock=_HAS_DEFAULT_FACTORY,_at_start:_type__at_start=_dflt__at_start,_last:_type__last=_dflt__last,_logged:_type__logged=_dflt__logged)->_return_type:
  self.discovered=discovered
  self.finished=finished
  self.fetched=fetched
  self.linted=linted
  self.errors=errors
  self.skipped=skipped
  self.lang=lang
  self.quiet=quiet
  self.stream=_dflt_stream() if stream is _HAS_DEFAULT_FACTORY else stream
  self.started=_dflt_started() if started is _HAS_DEFAULT_FACTORY else started
  self.lock=_dflt_lock() if lock is _HAS_DEFAULT_FACTORY else lock
  self._at_start=_at_start
  self._last=_last
  self._logged=_logged
 return __init__


def _6bc7605502b58556(_type_drawn, _type_pitch, _type_steps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,drawn:_type_drawn,pitch:_type_pitch,steps:_type_steps)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'drawn',drawn)
  __dataclass_builtins_object__.__setattr__(self,'pitch',pitch)
  __dataclass_builtins_object__.__setattr__(self,'steps',steps)
 return __init__


def _ffcfa32ce37ccec8(_type_enabled, _type_engine, _type_table_seconds, _type_document_seconds, _type_progress, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_enabled, _dflt_engine, _dflt_table_seconds, _dflt_document_seconds, _dflt_progress, _return_type):
 def __init__(self,enabled:_type_enabled=_dflt_enabled,engine:_type_engine=_dflt_engine,table_seconds:_type_table_seconds=_dflt_table_seconds,document_seconds:_type_document_seconds=_dflt_document_seconds,progress:_type_progress=_dflt_progress)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'enabled',enabled)
  __dataclass_builtins_object__.__setattr__(self,'engine',engine)
  __dataclass_builtins_object__.__setattr__(self,'table_seconds',table_seconds)
  __dataclass_builtins_object__.__setattr__(self,'document_seconds',document_seconds)
  __dataclass_builtins_object__.__setattr__(self,'progress',progress)
 return __init__


def _6d880579082682ef(_type_expr, _type_env, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,expr:_type_expr,env:_type_env,rows:_type_rows)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'env',env)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
 return __init__


def _49c0b01a50fd960e(_type_expr, _type_for_, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,expr:_type_expr,for_:_type_for_)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'for_',for_)
 return __init__


def _52fcfbc7abf02f25(_type_face, _type_quality, _type_readings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,face:_type_face,quality:_type_quality,readings:_type_readings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'face',face)
  __dataclass_builtins_object__.__setattr__(self,'quality',quality)
  __dataclass_builtins_object__.__setattr__(self,'readings',readings)
 return __init__


def _65a979ed8bc24395(_type_font, _type_size, _type_bank, _type_energy, _type_box, _type_ox, _type_oy, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,font:_type_font,size:_type_size,bank:_type_bank,energy:_type_energy,box:_type_box,ox:_type_ox,oy:_type_oy)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'font',font)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'bank',bank)
  __dataclass_builtins_object__.__setattr__(self,'energy',energy)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
  __dataclass_builtins_object__.__setattr__(self,'ox',ox)
  __dataclass_builtins_object__.__setattr__(self,'oy',oy)
 return __init__


def _2d0b1beb49e28677(_type_format_id, _type_gtrid, _type_bqual, _type_prepared, _type_owner, _type_database, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prepared, _dflt_owner, _dflt_database, _return_type):
 def __init__(self,format_id:_type_format_id,gtrid:_type_gtrid,bqual:_type_bqual,prepared:_type_prepared=_dflt_prepared,owner:_type_owner=_dflt_owner,database:_type_database=_dflt_database)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'format_id',format_id)
  __dataclass_builtins_object__.__setattr__(self,'gtrid',gtrid)
  __dataclass_builtins_object__.__setattr__(self,'bqual',bqual)
  __dataclass_builtins_object__.__setattr__(self,'prepared',prepared)
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
  __dataclass_builtins_object__.__setattr__(self,'database',database)
 return __init__


def _2762b7b73fb592e8(_type_g, _type_digit, _type_which, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,g:_type_g,digit:_type_digit,which:_type_which)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'g',g)
  __dataclass_builtins_object__.__setattr__(self,'digit',digit)
  __dataclass_builtins_object__.__setattr__(self,'which',which)
 return __init__


def _32462831228c5b14(_type_gray, _type_ink, _type_rules, _type_grid, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,gray:_type_gray,ink:_type_ink,rules:_type_rules,grid:_type_grid)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'gray',gray)
  __dataclass_builtins_object__.__setattr__(self,'ink',ink)
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
  __dataclass_builtins_object__.__setattr__(self,'grid',grid)
 return __init__


def _8b2e563cbc980b90(_type_holds, _type_left, _type_right, _type_left_terms, _type_right_terms, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,holds:_type_holds,left:_type_left,right:_type_right,left_terms:_type_left_terms,right_terms:_type_right_terms)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'holds',holds)
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
  __dataclass_builtins_object__.__setattr__(self,'left_terms',left_terms)
  __dataclass_builtins_object__.__setattr__(self,'right_terms',right_terms)
 return __init__


def _b26a773ad47d5caa(_type_horizontal, _type_vertical, _type_mask, _type_em, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,horizontal:_type_horizontal,vertical:_type_vertical,mask:_type_mask,em:_type_em)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'horizontal',horizontal)
  __dataclass_builtins_object__.__setattr__(self,'vertical',vertical)
  __dataclass_builtins_object__.__setattr__(self,'mask',mask)
  __dataclass_builtins_object__.__setattr__(self,'em',em)
 return __init__


def _110229e888416f73(_type_host, _type_items, _type_options, _type_scopes, _type_robots, _type_not_before, _type_known_docs, _type_store, _type_wait, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_known_docs, _dflt_store, _dflt_wait, _return_type):
 def __init__(self,host:_type_host,items:_type_items,options:_type_options,scopes:_type_scopes,robots:_type_robots,not_before:_type_not_before,known_docs:_type_known_docs=_dflt_known_docs,store:_type_store=_dflt_store,wait:_type_wait=_dflt_wait)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'host',host)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
  __dataclass_builtins_object__.__setattr__(self,'options',options)
  __dataclass_builtins_object__.__setattr__(self,'scopes',scopes)
  __dataclass_builtins_object__.__setattr__(self,'robots',robots)
  __dataclass_builtins_object__.__setattr__(self,'not_before',not_before)
  __dataclass_builtins_object__.__setattr__(self,'known_docs',known_docs)
  __dataclass_builtins_object__.__setattr__(self,'store',store)
  __dataclass_builtins_object__.__setattr__(self,'wait',wait)
 return __init__


def _fb93bc4247000c6a(_type_host, _type_port, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,host:_type_host,port:_type_port)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'host',host)
  __dataclass_builtins_object__.__setattr__(self,'port',port)
 return __init__


def _2e03ad6b1b4798bc(_type_host, _type_writes, _type_counts, _type_touched, _type_robots, _type_ended, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_writes, _dflt_counts, _dflt_touched, _dflt_robots, _dflt_ended, _return_type):
 def __init__(self,host:_type_host,writes:_type_writes=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY,touched:_type_touched=_HAS_DEFAULT_FACTORY,robots:_type_robots=_HAS_DEFAULT_FACTORY,ended:_type_ended=_dflt_ended)->_return_type:
  self.host=host
  self.writes=_dflt_writes() if writes is _HAS_DEFAULT_FACTORY else writes
  self.counts=_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts
  self.touched=_dflt_touched() if touched is _HAS_DEFAULT_FACTORY else touched
  self.robots=_dflt_robots() if robots is _HAS_DEFAULT_FACTORY else robots
  self.ended=ended
 return __init__


def _6096fdffcca81628(_type_id, _type_loc, _type_cells, _type_rows, _type_columns, _type_extra_rows, _type_row_locs, _type_unread_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra_rows, _dflt_row_locs, _dflt_unread_rows, _return_type):
 def __init__(self,id:_type_id,loc:_type_loc,cells:_type_cells,rows:_type_rows,columns:_type_columns,extra_rows:_type_extra_rows=_dflt_extra_rows,row_locs:_type_row_locs=_HAS_DEFAULT_FACTORY,unread_rows:_type_unread_rows=_dflt_unread_rows)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'extra_rows',extra_rows)
  __dataclass_builtins_object__.__setattr__(self,'row_locs',_dflt_row_locs() if row_locs is _HAS_DEFAULT_FACTORY else row_locs)
  __dataclass_builtins_object__.__setattr__(self,'unread_rows',unread_rows)
 return __init__


def _aeba21eed04620e2(_type_id, _type_title, _type_section, _type_layout, _type_columns, _type_rows, _type_groups, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_groups, _return_type):
 def __init__(self,id:_type_id,title:_type_title,section:_type_section,layout:_type_layout,columns:_type_columns,rows:_type_rows,groups:_type_groups=_dflt_groups)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'section',section)
  __dataclass_builtins_object__.__setattr__(self,'layout',layout)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'groups',groups)
 return __init__


def _3e9cef4c2c527869(_type_image, _type_row, _type_col, _type_confidence, _type_read, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_note, _return_type):
 def __init__(self,image:_type_image,row:_type_row,col:_type_col,confidence:_type_confidence,read:_type_read=_dflt_read,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'image',image)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'read',read)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__


def _849b054c34a7d8b3(_type_info, _type_db, _type_user, _type_password, _type_host, _type_hostaddr, _type_port, _type_tty, _type_options, _type_status, _type_transaction_status, _type_pipeline_status, _type_error_message, _type__encoding, _type_protocol_version, _type_full_protocol_version, _type_server_version, _type_backend_pid, _type_needs_password, _type_used_password, _type_used_gssapi, _type_ssl_in_use, _type_nonblocking, _type_notice_handler, _type_notify_handler, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_info, _dflt_db, _dflt_user, _dflt_password, _dflt_host, _dflt_hostaddr, _dflt_port, _dflt_tty, _dflt_options, _dflt_status, _dflt_transaction_status, _dflt_pipeline_status, _dflt_error_message, _dflt__encoding, _dflt_protocol_version, _dflt_full_protocol_version, _dflt_server_version, _dflt_backend_pid, _dflt_needs_password, _dflt_used_password, _dflt_used_gssapi, _dflt_ssl_in_use, _dflt_nonblocking, _dflt_notice_handler, _dflt_notify_handler, _return_type):
 def __init__(self,info:_type_info=_HAS_DEFAULT_FACTORY,db:_type_db=_dflt_db,user:_type_user=_dflt_user,password:_type_password=_dflt_password,host:_type_host=_dflt_host,hostaddr:_type_hostaddr=_dflt_hostaddr,port:_type_port=_dflt_port,tty:_type_tty=_dflt_tty,options:_type_options=_dflt_options,status:_type_status=_dflt_status,transaction_status:_type_transaction_status=_dflt_transaction_status,pipeline_status:_type_pipeline_status=_dflt_pipeline_status,error_message:_type_error_message=_dflt_error_message,_encoding:_type__encoding=_dflt__encoding,protocol_version:_type_protocol_version=_dflt_protocol_version,full_protocol_version:_type_full_protocol_version=_dflt_full_protocol_version,server_version:_type_server_version=_dflt_server_version,backend_pid:_type_backend_pid=_dflt_backend_pid,needs_password:_type_needs_password=_dflt_needs_password,used_password:_type_used_password=_dflt_used_password,used_gssapi:_type_used_gssapi=_dflt_used_gssapi,ssl_in_use:_type_ssl_in_use=_dflt_ssl_in_use,nonblocking:_type_nonblocking=_dflt_nonblocking,notice_handler:_type_notice_handler=_dflt_notice_handler,notify_handler:_type_notify_handler=_dflt_notify_handler)->_return_type:
  self.info=_dflt_info() if info is _HAS_DEFAULT_FACTORY else info
  self.db=db
  self.user=user
  self.password=password
  self.host=host
  self.hostaddr=hostaddr
  self.port=port
  self.tty=tty
  self.options=options
  self.status=status
  self.transaction_status=transaction_status
  self.pipeline_status=pipeline_status
  self.error_message=error_message
  self._encoding=_encoding
  self.protocol_version=protocol_version
  self.full_protocol_version=full_protocol_version
  self.server_version=server_version
  self.backend_pid=backend_pid
  self.needs_password=needs_password
  self.used_password=used_password
  self.used_gssapi=used_gssapi
  self.ssl_in_use=ssl_in_use
  self.nonblocking=nonblocking
  self.notice_handler=notice_handler
  self.notify_handler=notify_handler
 return __init__


def _8ba80b1590be396e(_type_info, _type_text, _type_problems, _type_raw, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_raw, _return_type):
 def __init__(self,info:_type_info,text:_type_text,problems:_type_problems=_dflt_problems,raw:_type_raw=_dflt_raw)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'info',info)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'problems',problems)
  __dataclass_builtins_object__.__setattr__(self,'raw',raw)
 return __init__


def _4f911ddd95f7489a(_type_ink, _type_baseline, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ink:_type_ink,baseline:_type_baseline)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ink',ink)
  __dataclass_builtins_object__.__setattr__(self,'baseline',baseline)
 return __init__


def _9a763248579da4cb(_type_key, _type_heading, _type_match, _type_start_line, _type_end_line, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_start, _dflt_end, _return_type):
 def __init__(self,key:_type_key,heading:_type_heading,match:_type_match,start_line:_type_start_line,end_line:_type_end_line,start:_type_start=_dflt_start,end:_type_end=_dflt_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'heading',heading)
  __dataclass_builtins_object__.__setattr__(self,'match',match)
  __dataclass_builtins_object__.__setattr__(self,'start_line',start_line)
  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
 return __init__


def _a268bef16c047af1(_type_key, _type_label, _type_aliases, _type_group, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_group, _dflt_kind, _return_type):
 def __init__(self,key:_type_key,label:_type_label,aliases:_type_aliases=_dflt_aliases,group:_type_group=_dflt_group,kind:_type_kind=_dflt_kind)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)
  __dataclass_builtins_object__.__setattr__(self,'group',group)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
 return __init__


def _ee05d1e51997c64f(_type_key, _type_label, _type_aliases, _type_ordinal, _type_group, _type_block, _type_columns, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_ordinal, _dflt_group, _dflt_block, _dflt_columns, _return_type):
 def __init__(self,key:_type_key,label:_type_label,aliases:_type_aliases=_dflt_aliases,ordinal:_type_ordinal=_dflt_ordinal,group:_type_group=_dflt_group,block:_type_block=_dflt_block,columns:_type_columns=_dflt_columns)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'group',group)
  __dataclass_builtins_object__.__setattr__(self,'block',block)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
 return __init__


def _450bd02d7437af28(_type_key, _type_label, _type_ordinal, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ordinal, _return_type):
 def __init__(self,key:_type_key,label:_type_label,ordinal:_type_ordinal=_dflt_ordinal)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
 return __init__


def _6c023d8307334fb0(_type_key, _type_ordinal, _type_title, _type_variants, _type_keywords, _type_long_forms, _type_optional, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_variants, _dflt_keywords, _dflt_long_forms, _dflt_optional, _return_type):
 def __init__(self,key:_type_key,ordinal:_type_ordinal,title:_type_title,variants:_type_variants=_dflt_variants,keywords:_type_keywords=_dflt_keywords,long_forms:_type_long_forms=_dflt_long_forms,optional:_type_optional=_dflt_optional)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'variants',variants)
  __dataclass_builtins_object__.__setattr__(self,'keywords',keywords)
  __dataclass_builtins_object__.__setattr__(self,'long_forms',long_forms)
  __dataclass_builtins_object__.__setattr__(self,'optional',optional)
 return __init__


def _4a974e8b6d806812(_type_key, _type_pattern, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,pattern:_type_pattern,label:_type_label)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
 return __init__


def _bb7995715b64d390(_type_key, _type_target, _type_ordinal, _type_matcher, _type_counts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_matcher, _dflt_counts, _return_type):
 def __init__(self,key:_type_key,target:_type_target,ordinal:_type_ordinal,matcher:_type_matcher=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'matcher',_dflt_matcher() if matcher is _HAS_DEFAULT_FACTORY else matcher)
  __dataclass_builtins_object__.__setattr__(self,'counts',_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts)
 return __init__


def _24e79327c0f0ecb2(_type_keyword, _type_envvar, _type_compiled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,keyword:_type_keyword,envvar:_type_envvar,compiled:_type_compiled)->_return_type:
  self.keyword=keyword
  self.envvar=envvar
  self.compiled=compiled
 return __init__


def _73f8e876e1743fa1(_type_kind, _type_cells, _type_level, _type_bold, _type_table, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_level, _dflt_bold, _dflt_table, _return_type):
 def __init__(self,kind:_type_kind,cells:_type_cells,level:_type_level=_dflt_level,bold:_type_bold=_dflt_bold,table:_type_table=_dflt_table)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'bold',bold)
  __dataclass_builtins_object__.__setattr__(self,'table',table)
 return __init__


def _eb4f5a68d179795d(_type_kind, _type_labels, _type_cells, _type_top, _type_bands, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,labels:_type_labels,cells:_type_cells,top:_type_top,bands:_type_bands)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'labels',labels)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
 return __init__


def _fde20b96f1090128(_type_kind, _type_name, _type_data, _type_url, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_data, _dflt_url, _dflt_lang, _return_type):
 def __init__(self,kind:_type_kind,name:_type_name,data:_type_data=_dflt_data,url:_type_url=_dflt_url,lang:_type_lang=_dflt_lang)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
 return __init__


def _617e2049df521bc7(_type_label, _type_loc, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _return_type):
 def __init__(self,label:_type_label,loc:_type_loc,values:_type_values=_dflt_values)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
 return __init__


def _c79e6ad308fe0093(_type_label, _type_x0, _type_x1, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):
 def __init__(self,label:_type_label,x0:_type_x0,x1:_type_x1,words:_type_words=_dflt_words)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'x0',x0)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
 return __init__


def _be5c4351c61716e2(_type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,column:_type_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
 return __init__


def _4d96c9bed03cf864(_type_line, _type_labels, _type_values, _type_cells, _type_index, _type_layout, _type_tail, _type_parts, _type_above, _type_full, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_index, _dflt_layout, _dflt_tail, _dflt_parts, _dflt_above, _dflt_full, _return_type):
 def __init__(self,line:_type_line,labels:_type_labels,values:_type_values,cells:_type_cells,index:_type_index=_dflt_index,layout:_type_layout=_dflt_layout,tail:_type_tail=_dflt_tail,parts:_type_parts=_dflt_parts,above:_type_above=_dflt_above,full:_type_full=_dflt_full)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'labels',labels)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'index',index)
  __dataclass_builtins_object__.__setattr__(self,'layout',layout)
  __dataclass_builtins_object__.__setattr__(self,'tail',tail)
  __dataclass_builtins_object__.__setattr__(self,'parts',parts)
  __dataclass_builtins_object__.__setattr__(self,'above',above)
  __dataclass_builtins_object__.__setattr__(self,'full',full)
 return __init__


def _2dc9fca955b2ea3c(_type_lines, _type_blocks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_blocks, _return_type):
 def __init__(self,lines:_type_lines=_dflt_lines,blocks:_type_blocks=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
  __dataclass_builtins_object__.__setattr__(self,'blocks',_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks)
 return __init__


def _7e43745679279a45(_type_lines, _type_info, _type_head, _type_line_count, _type_problems, _type_images, _type_original, _type_markers, _type__rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_images, _dflt_original, _dflt_markers, _dflt__rows, _return_type):
 def __init__(self,lines:_type_lines,info:_type_info,head:_type_head,line_count:_type_line_count,problems:_type_problems=_dflt_problems,images:_type_images=_dflt_images,original:_type_original=_dflt_original,markers:_type_markers=_dflt_markers,_rows:_type__rows=_dflt__rows)->_return_type:
  self.lines=lines
  self.info=info
  self.head=head
  self.line_count=line_count
  self.problems=problems
  self.images=images
  self.original=original
  self.markers=markers
  self._rows=_rows
 return __init__


def _f2880f72cf3e6569(_type_lines, _type_pages, _type_problems, _type_ocr, _type_notes, _type_hint, _type_origins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_pages, _dflt_problems, _dflt_ocr, _dflt_notes, _dflt_hint, _dflt_origins, _return_type):
 def __init__(self,lines:_type_lines=_HAS_DEFAULT_FACTORY,pages:_type_pages=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,ocr:_type_ocr=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,hint:_type_hint=_dflt_hint,origins:_type_origins=_HAS_DEFAULT_FACTORY)->_return_type:
  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
  self.pages=_dflt_pages() if pages is _HAS_DEFAULT_FACTORY else pages
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.ocr=_dflt_ocr() if ocr is _HAS_DEFAULT_FACTORY else ocr
  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes
  self.hint=hint
  self.origins=_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins
 return __init__


def _a3a5c0dfdd875734(_type_lines, _type_x0, _type_x1, _type_top, _type_bottom, _type_glyphs, _type_room, _type_words, _type_sharpness, _type_touches_border, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,lines:_type_lines,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,glyphs:_type_glyphs,room:_type_room,words:_type_words,sharpness:_type_sharpness,touches_border:_type_touches_border)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
  __dataclass_builtins_object__.__setattr__(self,'x0',x0)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)
  __dataclass_builtins_object__.__setattr__(self,'glyphs',glyphs)
  __dataclass_builtins_object__.__setattr__(self,'room',room)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
  __dataclass_builtins_object__.__setattr__(self,'sharpness',sharpness)
  __dataclass_builtins_object__.__setattr__(self,'touches_border',touches_border)
 return __init__


def _94ab675ccf9b6418(_type_lo, _type_hi, _type_segments, _type_virtual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_virtual, _return_type):
 def __init__(self,lo:_type_lo,hi:_type_hi,segments:_type_segments,virtual:_type_virtual=_dflt_virtual)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lo',lo)
  __dataclass_builtins_object__.__setattr__(self,'hi',hi)
  __dataclass_builtins_object__.__setattr__(self,'segments',segments)
  __dataclass_builtins_object__.__setattr__(self,'virtual',virtual)
 return __init__


def _e019f16977d58d6d(_type_loc, _type_args, _type_where, _type_evidence, _type_severity, _type_other, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _dflt_evidence, _dflt_severity, _dflt_other, _dflt_message, _return_type):
 def __init__(self,loc:_type_loc,args:_type_args,where:_type_where=_HAS_DEFAULT_FACTORY,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,severity:_type_severity=_dflt_severity,other:_type_other=_dflt_other,message:_type_message=_dflt_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'args',args)
  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)
  __dataclass_builtins_object__.__setattr__(self,'evidence',_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'other',other)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__


def _1915103d7e38ffdb(_type_max_bytes, _type_jobs, _type_loopback, _type_fetch_timeout, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_bytes, _dflt_jobs, _dflt_loopback, _dflt_fetch_timeout, _return_type):
 def __init__(self,max_bytes:_type_max_bytes=_dflt_max_bytes,jobs:_type_jobs=_dflt_jobs,loopback:_type_loopback=_dflt_loopback,fetch_timeout:_type_fetch_timeout=_dflt_fetch_timeout)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)
  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)
  __dataclass_builtins_object__.__setattr__(self,'loopback',loopback)
  __dataclass_builtins_object__.__setattr__(self,'fetch_timeout',fetch_timeout)
 return __init__


def _e2e98100c4dcdd45(_type_max_pixels, _type_max_side, _type_table_seconds, _type_page_seconds, _type_document_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_pixels, _dflt_max_side, _dflt_table_seconds, _dflt_page_seconds, _dflt_document_seconds, _return_type):
 def __init__(self,max_pixels:_type_max_pixels=_dflt_max_pixels,max_side:_type_max_side=_dflt_max_side,table_seconds:_type_table_seconds=_dflt_table_seconds,page_seconds:_type_page_seconds=_dflt_page_seconds,document_seconds:_type_document_seconds=_dflt_document_seconds)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'max_pixels',max_pixels)
  __dataclass_builtins_object__.__setattr__(self,'max_side',max_side)
  __dataclass_builtins_object__.__setattr__(self,'table_seconds',table_seconds)
  __dataclass_builtins_object__.__setattr__(self,'page_seconds',page_seconds)
  __dataclass_builtins_object__.__setattr__(self,'document_seconds',document_seconds)
 return __init__


def _4717fb23828c1476(_type_name, _type_format, _type_title, _type_format_markers, _type_sections, _type_tables, _type_rules, _type_path, _type_report, _type_bodies, _type_diagnosis, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_report, _dflt_bodies, _dflt_diagnosis, _return_type):
 def __init__(self,name:_type_name,format:_type_format,title:_type_title,format_markers:_type_format_markers,sections:_type_sections,tables:_type_tables,rules:_type_rules,path:_type_path,report:_type_report=_dflt_report,bodies:_type_bodies=_dflt_bodies,diagnosis:_type_diagnosis=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'format',format)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'format_markers',format_markers)
  __dataclass_builtins_object__.__setattr__(self,'sections',sections)
  __dataclass_builtins_object__.__setattr__(self,'tables',tables)
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'report',report)
  __dataclass_builtins_object__.__setattr__(self,'bodies',bodies)
  __dataclass_builtins_object__.__setattr__(self,'diagnosis',_dflt_diagnosis() if diagnosis is _HAS_DEFAULT_FACTORY else diagnosis)
 return __init__


def _ad1a9db790fe23ad(_type_name, _type_is_var, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,is_var:_type_is_var)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'is_var',is_var)
 return __init__


def _5a006813c16a5ba8(_type_name, _type_kind, _type_encoding, _type_sha256, _type_url, _type_published, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_encoding, _dflt_sha256, _dflt_url, _dflt_published, _dflt_title, _return_type):
 def __init__(self,name:_type_name,kind:_type_kind,encoding:_type_encoding=_dflt_encoding,sha256:_type_sha256=_dflt_sha256,url:_type_url=_dflt_url,published:_type_published=_dflt_published,title:_type_title=_dflt_title)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
 return __init__


def _f6c65a6d3609f743(_type_name, _type_level, _type_parent, _type_listing_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_parent, _dflt_listing_url, _return_type):
 def __init__(self,name:_type_name,level:_type_level,parent:_type_parent=_dflt_parent,listing_url:_type_listing_url=_dflt_listing_url)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'parent',parent)
  __dataclass_builtins_object__.__setattr__(self,'listing_url',listing_url)
 return __init__


def _0e957e9b02dce52e(_type_name, _type_level, _type_parent, _type_year, _type_status, _type_url, _type_published, _type_deadline, _type_days_late, _type_reason, _type_listing_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_url, _dflt_published, _dflt_deadline, _dflt_days_late, _dflt_reason, _dflt_listing_url, _return_type):
 def __init__(self,name:_type_name,level:_type_level,parent:_type_parent,year:_type_year,status:_type_status,url:_type_url=_dflt_url,published:_type_published=_dflt_published,deadline:_type_deadline=_dflt_deadline,days_late:_type_days_late=_dflt_days_late,reason:_type_reason=_dflt_reason,listing_url:_type_listing_url=_dflt_listing_url)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'parent',parent)
  __dataclass_builtins_object__.__setattr__(self,'year',year)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'deadline',deadline)
  __dataclass_builtins_object__.__setattr__(self,'days_late',days_late)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'listing_url',listing_url)
 return __init__


def _65391d3a1ce1923b(_type_name, _type_options, _type_args, _type_expression, _type_across, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_args, _dflt_expression, _dflt_across, _return_type):
 def __init__(self,name:_type_name,options:_type_options=_HAS_DEFAULT_FACTORY,args:_type_args=_dflt_args,expression:_type_expression=_dflt_expression,across:_type_across=_dflt_across)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'options',_dflt_options() if options is _HAS_DEFAULT_FACTORY else options)
  __dataclass_builtins_object__.__setattr__(self,'args',args)
  __dataclass_builtins_object__.__setattr__(self,'expression',expression)
  __dataclass_builtins_object__.__setattr__(self,'across',across)
 return __init__


def _aadd603068de23dd(_type_name, _type_parse, _type_render, _type_read, _type_suffixes, _type_content_types, _type_magic, _type_magic_within, _type_binary, _type_in_folders, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_suffixes, _dflt_content_types, _dflt_magic, _dflt_magic_within, _dflt_binary, _dflt_in_folders, _return_type):
 def __init__(self,name:_type_name,parse:_type_parse,render:_type_render,read:_type_read=_dflt_read,suffixes:_type_suffixes=_dflt_suffixes,content_types:_type_content_types=_dflt_content_types,magic:_type_magic=_dflt_magic,magic_within:_type_magic_within=_dflt_magic_within,binary:_type_binary=_dflt_binary,in_folders:_type_in_folders=_dflt_in_folders)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'parse',parse)
  __dataclass_builtins_object__.__setattr__(self,'render',render)
  __dataclass_builtins_object__.__setattr__(self,'read',read)
  __dataclass_builtins_object__.__setattr__(self,'suffixes',suffixes)
  __dataclass_builtins_object__.__setattr__(self,'content_types',content_types)
  __dataclass_builtins_object__.__setattr__(self,'magic',magic)
  __dataclass_builtins_object__.__setattr__(self,'magic_within',magic_within)
  __dataclass_builtins_object__.__setattr__(self,'binary',binary)
  __dataclass_builtins_object__.__setattr__(self,'in_folders',in_folders)
 return __init__


def _c34bde7617c4bf7a(_type_name, _type_result, _type_note, _type_reader, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_result, _dflt_note, _dflt_reader, _return_type):
 def __init__(self,name:_type_name,result:_type_result=_dflt_result,note:_type_note=_dflt_note,reader:_type_reader=_dflt_reader)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'result',result)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'reader',reader)
 return __init__


def _a8afe10f3641df26(_type_name, _type_shapes, _type_advances, _type_em, _type_pad, _type_base, _type_top, _type_bottom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,shapes:_type_shapes,advances:_type_advances,em:_type_em,pad:_type_pad,base:_type_base,top:_type_top,bottom:_type_bottom)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'shapes',shapes)
  __dataclass_builtins_object__.__setattr__(self,'advances',advances)
  __dataclass_builtins_object__.__setattr__(self,'em',em)
  __dataclass_builtins_object__.__setattr__(self,'pad',pad)
  __dataclass_builtins_object__.__setattr__(self,'base',base)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)
 return __init__


def _8910516728500096(_type_no, _type_kind, _type_cells, _type_md_level, _type_exact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_md_level, _dflt_exact, _return_type):
 def __init__(self,no:_type_no,kind:_type_kind,cells:_type_cells,md_level:_type_md_level=_dflt_md_level,exact:_type_exact=_dflt_exact)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'no',no)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'md_level',md_level)
  __dataclass_builtins_object__.__setattr__(self,'exact',exact)
 return __init__


def _f2bf5f0d7d019296(_type_op, _type_left, _type_right, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,op:_type_op,left:_type_left,right:_type_right)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
 return __init__


def _d7d790b1b57f8e67(_type_pack, _type_lang, _type_color, _type_version, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _dflt_color, _dflt_version, _return_type):
 def __init__(self,pack:_type_pack,lang:_type_lang=_dflt_lang,color:_type_color=_dflt_color,version:_type_version=_dflt_version)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'pack',pack)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
 return __init__


def _bb68519ade6266d8(_type_per_host, _type_delay, _type_concurrency, _type_refetch, _type_respect_robots, _type_processes, _type_time_limit, _type_max_pages, _type_start_method, _type_fetch, _type_lint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_per_host, _dflt_delay, _dflt_concurrency, _dflt_refetch, _dflt_respect_robots, _dflt_processes, _dflt_time_limit, _dflt_max_pages, _dflt_start_method, _dflt_fetch, _dflt_lint, _return_type):
 def __init__(self,per_host:_type_per_host=_dflt_per_host,delay:_type_delay=_dflt_delay,concurrency:_type_concurrency=_dflt_concurrency,refetch:_type_refetch=_dflt_refetch,respect_robots:_type_respect_robots=_dflt_respect_robots,processes:_type_processes=_dflt_processes,time_limit:_type_time_limit=_dflt_time_limit,max_pages:_type_max_pages=_dflt_max_pages,start_method:_type_start_method=_dflt_start_method,fetch:_type_fetch=_HAS_DEFAULT_FACTORY,lint:_type_lint=_HAS_DEFAULT_FACTORY)->_return_type:
  self.per_host=per_host
  self.delay=delay
  self.concurrency=concurrency
  self.refetch=refetch
  self.respect_robots=respect_robots
  self.processes=processes
  self.time_limit=time_limit
  self.max_pages=max_pages
  self.start_method=start_method
  self.fetch=_dflt_fetch() if fetch is _HAS_DEFAULT_FACTORY else fetch
  self.lint=_dflt_lint() if lint is _HAS_DEFAULT_FACTORY else lint
 return __init__


def _8e40f34aa7b4d7d2(_type_plus, _type_minus, _type_scaled, _type_const, _type_compare, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,plus:_type_plus,minus:_type_minus,scaled:_type_scaled,const:_type_const,compare:_type_compare)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'plus',plus)
  __dataclass_builtins_object__.__setattr__(self,'minus',minus)
  __dataclass_builtins_object__.__setattr__(self,'scaled',scaled)
  __dataclass_builtins_object__.__setattr__(self,'const',const)
  __dataclass_builtins_object__.__setattr__(self,'compare',compare)
 return __init__


def _a07aee7f7ecdf577(_type_prose, _type_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,prose:_type_prose,spans:_type_spans)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'prose',prose)
  __dataclass_builtins_object__.__setattr__(self,'spans',spans)
 return __init__


def _61029b308eecfd19(_type_queue, _type_documents, _type_reports, _type_errors, _type_warnings, _type_codes, _type_cross_codes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,queue:_type_queue,documents:_type_documents,reports:_type_reports,errors:_type_errors,warnings:_type_warnings,codes:_type_codes,cross_codes:_type_cross_codes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'queue',queue)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
  __dataclass_builtins_object__.__setattr__(self,'reports',reports)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)
  __dataclass_builtins_object__.__setattr__(self,'codes',codes)
  __dataclass_builtins_object__.__setattr__(self,'cross_codes',cross_codes)
 return __init__


def _24bb85b244dd4245(_type_raw, _type_kind, _type_value, _type_line, _type_column, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,raw:_type_raw,kind:_type_kind,value:_type_value,line:_type_line,column:_type_column,end_column:_type_end_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'raw',raw)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)
 return __init__


def _e8d82f6da20deda7(_type_raw, _type_kind, _type_value, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,raw:_type_raw,kind:_type_kind,value:_type_value,loc:_type_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'raw',raw)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


def _dbb965488f8da8c7(_type_reports, _type_pages, _type_attachments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,reports:_type_reports,pages:_type_pages,attachments:_type_attachments)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'reports',reports)
  __dataclass_builtins_object__.__setattr__(self,'pages',pages)
  __dataclass_builtins_object__.__setattr__(self,'attachments',attachments)
 return __init__


def _148c988a1c9ca1e4(_type_result, _type_name, _type_data, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_data, _dflt_kind, _return_type):
 def __init__(self,result:_type_result,name:_type_name,data:_type_data=_dflt_data,kind:_type_kind=_dflt_kind)->_return_type:
  self.result=result
  self.name=name
  self.data=data
  self.kind=kind
 return __init__


def _57b78a78857aee2d(_type_row, _type_col, _type_rowspan, _type_colspan, _type_x0, _type_x1, _type_top, _type_bottom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,row:_type_row,col:_type_col,rowspan:_type_rowspan,colspan:_type_colspan,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'rowspan',rowspan)
  __dataclass_builtins_object__.__setattr__(self,'colspan',colspan)
  __dataclass_builtins_object__.__setattr__(self,'x0',x0)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)
 return __init__


def _e641bfff359b0ed6(_type_row, _type_col, _type_rowspan, _type_colspan, _type_x0, _type_x1, _type_top, _type_bottom, _type_kind, _type_text, _type_confidence, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_confidence, _dflt_note, _return_type):
 def __init__(self,row:_type_row,col:_type_col,rowspan:_type_rowspan,colspan:_type_colspan,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,kind:_type_kind,text:_type_text=_dflt_text,confidence:_type_confidence=_dflt_confidence,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'rowspan',rowspan)
  __dataclass_builtins_object__.__setattr__(self,'colspan',colspan)
  __dataclass_builtins_object__.__setattr__(self,'x0',x0)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__


def _f5d8a95b4e9e75e9(_type_rule, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,rule:_type_rule,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__


def _6ae4be8c083ddfd4(_type_ruled, _type_columns, _type_rows, _type_cells, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _return_type):
 def __init__(self,ruled:_type_ruled,columns:_type_columns,rows:_type_rows,cells:_type_cells,notes:_type_notes=_dflt_notes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ruled',ruled)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
 return __init__


def _0f3d8c06414b1c3c(_type_says, _type_kind, _type_documents, _type_parents, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_documents, _dflt_parents, _return_type):
 def __init__(self,says:_type_says,kind:_type_kind=_dflt_kind,documents:_type_documents=_dflt_documents,parents:_type_parents=_dflt_parents)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
  __dataclass_builtins_object__.__setattr__(self,'parents',parents)
 return __init__


def _8f2495917f4437bd(_type_select, _type_ignore, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_select, _dflt_ignore, _return_type):
 def __init__(self,select:_type_select=_dflt_select,ignore:_type_ignore=_dflt_ignore)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'select',select)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
 return __init__


def _86196ec1313fd9f9(_type_select, _type_ignore, _type_extend_select, _type_per_file_ignores, _type_severity, _type_fail_level, _type_lang, _type_rules, _type_exclude, _type_file, _type_origins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_select, _dflt_ignore, _dflt_extend_select, _dflt_per_file_ignores, _dflt_severity, _dflt_fail_level, _dflt_lang, _dflt_rules, _dflt_exclude, _dflt_file, _dflt_origins, _return_type):
 def __init__(self,select:_type_select=_dflt_select,ignore:_type_ignore=_dflt_ignore,extend_select:_type_extend_select=_dflt_extend_select,per_file_ignores:_type_per_file_ignores=_dflt_per_file_ignores,severity:_type_severity=_dflt_severity,fail_level:_type_fail_level=_dflt_fail_level,lang:_type_lang=_dflt_lang,rules:_type_rules=_dflt_rules,exclude:_type_exclude=_dflt_exclude,file:_type_file=_dflt_file,origins:_type_origins=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'select',select)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
  __dataclass_builtins_object__.__setattr__(self,'extend_select',extend_select)
  __dataclass_builtins_object__.__setattr__(self,'per_file_ignores',per_file_ignores)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'fail_level',fail_level)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
  __dataclass_builtins_object__.__setattr__(self,'exclude',exclude)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'origins',_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins)
 return __init__


def _ef5bb216fb538183(_type_selection, _type_max_bytes, _type_published, _type_fetch, _type_packs, _type_severity, _type_debug, _type_ocr, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_selection, _dflt_max_bytes, _dflt_published, _dflt_fetch, _dflt_packs, _dflt_severity, _dflt_debug, _dflt_ocr, _return_type):
 def __init__(self,selection:_type_selection=_HAS_DEFAULT_FACTORY,max_bytes:_type_max_bytes=_dflt_max_bytes,published:_type_published=_dflt_published,fetch:_type_fetch=_dflt_fetch,packs:_type_packs=_dflt_packs,severity:_type_severity=_dflt_severity,debug:_type_debug=_dflt_debug,ocr:_type_ocr=_dflt_ocr)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'selection',_dflt_selection() if selection is _HAS_DEFAULT_FACTORY else selection)
  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'fetch',fetch)
  __dataclass_builtins_object__.__setattr__(self,'packs',packs)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'debug',debug)
  __dataclass_builtins_object__.__setattr__(self,'ocr',ocr)
 return __init__


def _5a426b170523dcbe(_type_source, _type_document, _type_findings, _type_notes, _type_pack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_pack, _return_type):
 def __init__(self,source:_type_source,document:_type_document,findings:_type_findings,notes:_type_notes=_dflt_notes,pack:_type_pack=_dflt_pack)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'document',document)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'pack',pack)
 return __init__


def _ce518580bcac3576(_type_source, _type_headings, _type_sections, _type_paragraphs, _type_tables, _type_format, _type_year, _type_agency, _type_problems, _type_line_count, _type_images, _type_line_pages, _type_markers, _type_shape, _type_original, _type_line_origins, _type_notes, _type_ocr, _type_ocr_missing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_line_count, _dflt_images, _dflt_line_pages, _dflt_markers, _dflt_shape, _dflt_original, _dflt_line_origins, _dflt_notes, _dflt_ocr, _dflt_ocr_missing, _return_type):
 def __init__(self,source:_type_source,headings:_type_headings,sections:_type_sections,paragraphs:_type_paragraphs,tables:_type_tables,format:_type_format,year:_type_year,agency:_type_agency,problems:_type_problems=_dflt_problems,line_count:_type_line_count=_dflt_line_count,images:_type_images=_dflt_images,line_pages:_type_line_pages=_dflt_line_pages,markers:_type_markers=_HAS_DEFAULT_FACTORY,shape:_type_shape=_HAS_DEFAULT_FACTORY,original:_type_original=_dflt_original,line_origins:_type_line_origins=_dflt_line_origins,notes:_type_notes=_dflt_notes,ocr:_type_ocr=_HAS_DEFAULT_FACTORY,ocr_missing:_type_ocr_missing=_dflt_ocr_missing)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'headings',headings)
  __dataclass_builtins_object__.__setattr__(self,'sections',sections)
  __dataclass_builtins_object__.__setattr__(self,'paragraphs',paragraphs)
  __dataclass_builtins_object__.__setattr__(self,'tables',tables)
  __dataclass_builtins_object__.__setattr__(self,'format',format)
  __dataclass_builtins_object__.__setattr__(self,'year',year)
  __dataclass_builtins_object__.__setattr__(self,'agency',agency)
  __dataclass_builtins_object__.__setattr__(self,'problems',problems)
  __dataclass_builtins_object__.__setattr__(self,'line_count',line_count)
  __dataclass_builtins_object__.__setattr__(self,'images',images)
  __dataclass_builtins_object__.__setattr__(self,'line_pages',line_pages)
  __dataclass_builtins_object__.__setattr__(self,'markers',_dflt_markers() if markers is _HAS_DEFAULT_FACTORY else markers)
  __dataclass_builtins_object__.__setattr__(self,'shape',_dflt_shape() if shape is _HAS_DEFAULT_FACTORY else shape)
  __dataclass_builtins_object__.__setattr__(self,'original',original)
  __dataclass_builtins_object__.__setattr__(self,'line_origins',line_origins)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'ocr',_dflt_ocr() if ocr is _HAS_DEFAULT_FACTORY else ocr)
  __dataclass_builtins_object__.__setattr__(self,'ocr_missing',ocr_missing)
 return __init__


def _0698f523c547e203(_type_source, _type_line, _type_column, _type_end_line, _type_end_column, _type_page, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_page, _return_type):
 def __init__(self,source:_type_source,line:_type_line,column:_type_column,end_line:_type_end_line,end_column:_type_end_column,page:_type_page=_dflt_page)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)
  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)
  __dataclass_builtins_object__.__setattr__(self,'page',page)
 return __init__


def _661ae3fa6ef2cbc9(_type_source, _type_width, _type_height, _type_lines, _type_tables, _type_complete, _type_notes, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tables, _dflt_complete, _dflt_notes, _dflt_seconds, _return_type):
 def __init__(self,source:_type_source,width:_type_width,height:_type_height,lines:_type_lines,tables:_type_tables=_dflt_tables,complete:_type_complete=_dflt_complete,notes:_type_notes=_dflt_notes,seconds:_type_seconds=_dflt_seconds)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
  __dataclass_builtins_object__.__setattr__(self,'tables',tables)
  __dataclass_builtins_object__.__setattr__(self,'complete',complete)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)
 return __init__


def _cc9896d7f7288621(_type_source, _type_width, _type_height, _type_ruled, _type_columns, _type_rows, _type_cells, _type_engine, _type_complete, _type_notes, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_complete, _dflt_notes, _dflt_seconds, _return_type):
 def __init__(self,source:_type_source,width:_type_width,height:_type_height,ruled:_type_ruled,columns:_type_columns,rows:_type_rows,cells:_type_cells,engine:_type_engine,complete:_type_complete=_dflt_complete,notes:_type_notes=_dflt_notes,seconds:_type_seconds=_dflt_seconds)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'height',height)
  __dataclass_builtins_object__.__setattr__(self,'ruled',ruled)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'engine',engine)
  __dataclass_builtins_object__.__setattr__(self,'complete',complete)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)
 return __init__


def _9e6a0de07e5295b6(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
 return __init__


def _ff6d779ac72d7891(_type_status, _type_errors, _type_warnings, _type_infos, _type_top, _type_page, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_errors, _dflt_warnings, _dflt_infos, _dflt_top, _dflt_page, _dflt_figures, _return_type):
 def __init__(self,status:_type_status,errors:_type_errors=_dflt_errors,warnings:_type_warnings=_dflt_warnings,infos:_type_infos=_dflt_infos,top:_type_top=_dflt_top,page:_type_page=_dflt_page,figures:_type_figures=_dflt_figures)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)
  __dataclass_builtins_object__.__setattr__(self,'infos',infos)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'page',page)
  __dataclass_builtins_object__.__setattr__(self,'figures',figures)
 return __init__


def _08126065f51dc243(_type_table, _type_row, _type_col, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):
 def __init__(self,table:_type_table,row:_type_row,col:_type_col,qual:_type_qual=_dflt_qual)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'qual',qual)
 return __init__


def _8d82ea2a2ac86bcb(_type_table, _type_row, _type_col, _type_value, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):
 def __init__(self,table:_type_table,row:_type_row,col:_type_col,value:_type_value,qual:_type_qual=_dflt_qual)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'qual',qual)
 return __init__


def _ee1d25541191c3f2(_type_table, _type_row, _type_column, _type_section, _type_paragraph, _type_quote, _type_heading, _type_page, _type_docx, _type_image, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_table, _dflt_row, _dflt_column, _dflt_section, _dflt_paragraph, _dflt_quote, _dflt_heading, _dflt_page, _dflt_docx, _dflt_image, _return_type):
 def __init__(self,table:_type_table=_dflt_table,row:_type_row=_dflt_row,column:_type_column=_dflt_column,section:_type_section=_dflt_section,paragraph:_type_paragraph=_dflt_paragraph,quote:_type_quote=_dflt_quote,heading:_type_heading=_dflt_heading,page:_type_page=_dflt_page,docx:_type_docx=_dflt_docx,image:_type_image=_dflt_image)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'section',section)
  __dataclass_builtins_object__.__setattr__(self,'paragraph',paragraph)
  __dataclass_builtins_object__.__setattr__(self,'quote',quote)
  __dataclass_builtins_object__.__setattr__(self,'heading',heading)
  __dataclass_builtins_object__.__setattr__(self,'page',page)
  __dataclass_builtins_object__.__setattr__(self,'docx',docx)
  __dataclass_builtins_object__.__setattr__(self,'image',image)
 return __init__


def _4efab7687557883a(_type_table, _type_rows, _type_cols, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):
 def __init__(self,table:_type_table,rows:_type_rows,cols:_type_cols,qual:_type_qual=_dflt_qual)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'cols',cols)
  __dataclass_builtins_object__.__setattr__(self,'qual',qual)
 return __init__


def _97d8469310b174b2(_type_text, _type_confidence, _type_look, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_look, _return_type):
 def __init__(self,text:_type_text,confidence:_type_confidence,look:_type_look=_dflt_look)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'look',look)
 return __init__


def _53f33ad850963455(_type_text, _type_encoding, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _return_type):
 def __init__(self,text:_type_text,encoding:_type_encoding,reason:_type_reason=_dflt_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__


def _fe8412bd0694ff49(_type_text, _type_fit, _type_margin, _type_rival, _type_sign, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sign, _return_type):
 def __init__(self,text:_type_text,fit:_type_fit,margin:_type_margin,rival:_type_rival,sign:_type_sign=_dflt_sign)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'fit',fit)
  __dataclass_builtins_object__.__setattr__(self,'margin',margin)
  __dataclass_builtins_object__.__setattr__(self,'rival',rival)
  __dataclass_builtins_object__.__setattr__(self,'sign',sign)
 return __init__


def _5d4b7bca06e4b5a1(_type_text, _type_left, _type_op, _type_right, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,left:_type_left,op:_type_op,right:_type_right)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
 return __init__


def _a038995979ae4654(_type_text, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,loc:_type_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


def _13644c9611b5f89c(_type_text, _type_ordinal, _type_bold, _type_line, _type_column, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,ordinal:_type_ordinal,bold:_type_bold,line:_type_line,column:_type_column,end_column:_type_end_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'bold',bold)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)
 return __init__


def _9e40466dcec0c536(_type_text, _type_ordinal, _type_system, _type_number, _type_level, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,ordinal:_type_ordinal,system:_type_system,number:_type_number,level:_type_level,loc:_type_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'system',system)
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


def _d7c249e44b597d70(_type_text, _type_spot, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,spot:_type_spot)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'spot',spot)
 return __init__


def _bddbb72148f48160(_type_text, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,start:_type_start,end:_type_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  self.__post_init__()
 return __init__


def _730c53677696a60d(_type_text, _type_starts, _type_locs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,starts:_type_starts,locs:_type_locs)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'starts',starts)
  __dataclass_builtins_object__.__setattr__(self,'locs',locs)
 return __init__


def _55d9dd770ecae441(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,confidence:_type_confidence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'x0',x0)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
 return __init__


def _297c18029731d40b(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_confidence, _type_row, _type_col, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_row, _dflt_col, _dflt_kind, _return_type):
 def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,confidence:_type_confidence,row:_type_row=_dflt_row,col:_type_col=_dflt_col,kind:_type_kind=_dflt_kind)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'x0',x0)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
 return __init__


def _e020e5ad57e26b3b(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_loc, _type_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_loc, _dflt_confidence, _return_type):
 def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,loc:_type_loc=_dflt_loc,confidence:_type_confidence=_dflt_confidence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'x0',x0)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
 return __init__


def _420c9f05f49edc28(_type_texts, _type_first, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_texts, _dflt_first, _return_type):
 def __init__(self,texts:_type_texts=_HAS_DEFAULT_FACTORY,first:_type_first=_dflt_first)->_return_type:
  self.texts=_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts
  self.first=first
 return __init__


def _59213e00c8c999d1(_type_top, _type_bottom, _type_left, _type_right, _type_parts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,top:_type_top,bottom:_type_bottom,left:_type_left,right:_type_right,parts:_type_parts)->_return_type:
  self.top=top
  self.bottom=bottom
  self.left=left
  self.right=right
  self.parts=parts
 return __init__


def _4d8b17e311c3c2fd(_type_tpl, _type_source, _type_cells, _type_row_lines, _type_extra, _type_shape, _type_glued, _type_glued_rows, _type_unread, _type_unplaced, _type_notes, _type_first, _type_taken, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cells, _dflt_row_lines, _dflt_extra, _dflt_shape, _dflt_glued, _dflt_glued_rows, _dflt_unread, _dflt_unplaced, _dflt_notes, _dflt_first, _dflt_taken, _return_type):
 def __init__(self,tpl:_type_tpl,source:_type_source,cells:_type_cells=_HAS_DEFAULT_FACTORY,row_lines:_type_row_lines=_HAS_DEFAULT_FACTORY,extra:_type_extra=_HAS_DEFAULT_FACTORY,shape:_type_shape=_HAS_DEFAULT_FACTORY,glued:_type_glued=_HAS_DEFAULT_FACTORY,glued_rows:_type_glued_rows=_HAS_DEFAULT_FACTORY,unread:_type_unread=_HAS_DEFAULT_FACTORY,unplaced:_type_unplaced=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,first:_type_first=_dflt_first,taken:_type_taken=_HAS_DEFAULT_FACTORY)->_return_type:
  self.tpl=tpl
  self.source=source
  self.cells=_dflt_cells() if cells is _HAS_DEFAULT_FACTORY else cells
  self.row_lines=_dflt_row_lines() if row_lines is _HAS_DEFAULT_FACTORY else row_lines
  self.extra=_dflt_extra() if extra is _HAS_DEFAULT_FACTORY else extra
  self.shape=_dflt_shape() if shape is _HAS_DEFAULT_FACTORY else shape
  self.glued=_dflt_glued() if glued is _HAS_DEFAULT_FACTORY else glued
  self.glued_rows=_dflt_glued_rows() if glued_rows is _HAS_DEFAULT_FACTORY else glued_rows
  self.unread=_dflt_unread() if unread is _HAS_DEFAULT_FACTORY else unread
  self.unplaced=_dflt_unplaced() if unplaced is _HAS_DEFAULT_FACTORY else unplaced
  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes
  self.first=first
  self.taken=_dflt_taken() if taken is _HAS_DEFAULT_FACTORY else taken
 return __init__


def _916a3781689f67ae(_type_type, _type_required, _type_default, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_default, _dflt_doc, _return_type):
 def __init__(self,type:_type_type,required:_type_required=_dflt_required,default:_type_default=_dflt_default,doc:_type_doc=_dflt_doc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
 return __init__


def _6a01d10cf4cf152b(_type_type, _type_title, _type_body_markers, _type_listing_link, _type_formats, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body_markers, _dflt_listing_link, _dflt_formats, _return_type):
 def __init__(self,type:_type_type,title:_type_title,body_markers:_type_body_markers=_dflt_body_markers,listing_link:_type_listing_link=_dflt_listing_link,formats:_type_formats=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'body_markers',body_markers)
  __dataclass_builtins_object__.__setattr__(self,'listing_link',listing_link)
  __dataclass_builtins_object__.__setattr__(self,'formats',_dflt_formats() if formats is _HAS_DEFAULT_FACTORY else formats)
 return __init__


def _b7b9e93d55e42414(_type_url, _type_discovered_from, _type_agency, _type_year, _type_published, _type_is_report, _type_http_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_http_status, _return_type):
 def __init__(self,url:_type_url,discovered_from:_type_discovered_from,agency:_type_agency,year:_type_year,published:_type_published,is_report:_type_is_report,http_status:_type_http_status=_dflt_http_status)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'discovered_from',discovered_from)
  __dataclass_builtins_object__.__setattr__(self,'agency',agency)
  __dataclass_builtins_object__.__setattr__(self,'year',year)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'is_report',is_report)
  __dataclass_builtins_object__.__setattr__(self,'http_status',http_status)
 return __init__


def _f2b3d6ee6e09e003(_type_url, _type_kind, _type_discovered_from, _type_state, _type_note, _type_note_zh, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_note_zh, _return_type):
 def __init__(self,url:_type_url,kind:_type_kind,discovered_from:_type_discovered_from,state:_type_state,note:_type_note=_dflt_note,note_zh:_type_note_zh=_dflt_note_zh)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'discovered_from',discovered_from)
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'note_zh',note_zh)
 return __init__


def _b347e2232d97a17e(_type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__


def _a787f30115849024(_type_value, _type_expression, _type_conversion, _type_format_spec, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value,expression:_type_expression,conversion:_type_conversion,format_spec:_type_format_spec)->_return_type:
  self.value=value
  self.expression=expression
  self.conversion=conversion
  self.format_spec=format_spec
 return __init__


def _eaac602960edb5f9(_type_widest, _type_bare, _type_start, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_widest, _dflt_bare, _dflt_start, _return_type):
 def __init__(self,widest:_type_widest=_HAS_DEFAULT_FACTORY,bare:_type_bare=_HAS_DEFAULT_FACTORY,start:_type_start=_HAS_DEFAULT_FACTORY)->_return_type:
  self.widest=_dflt_widest() if widest is _HAS_DEFAULT_FACTORY else widest
  self.bare=_dflt_bare() if bare is _HAS_DEFAULT_FACTORY else bare
  self.start=_dflt_start() if start is _HAS_DEFAULT_FACTORY else start
 return __init__


def _720c16445e304381(_type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):
 def __init__(self,words:_type_words=_HAS_DEFAULT_FACTORY)->_return_type:
  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words
 return __init__


def _bcd2c050896e7545(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('as_of','years','rows','findings','unattributed','queue','documents','reports','roster','pages','lang',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _890e0b2c85897e81(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('body','year','url','code','rule','severity','message','place','across','other_url',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _a7473b587a914121(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('by_kind','pack',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _26e94c133b71352f(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('cells','tokens',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _7c9423aed0657000(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('cells',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _dc6d2a6c71ca89ec(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','args','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _610e9b79306547a7(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','name','kind','severity','summary','message','rationale','for_','expr','options','examples','cases','against','applies',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _dfc146f19e489249(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','name','severity','args','loc','where','evidence','template','fixes','related',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _bac66929a9098128(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','residual','coef',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _cd25113b91f8883a(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('connect_timeout','read_timeout','deadline','retries','backoff','max_redirects','max_bytes','verify_tls','cache_dir','allow_private','images',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _bfccbef544681f95(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('corpus','doc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _49392fa63f1180bc(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('count','span','percent','percent_span','sentence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _f3c9c6f13885227b(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('data','member','texts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _faec17a0eb7ed2c2(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('drawn','pitch','steps',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _1bb06cdbb339415a(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('enabled','engine','table_seconds','document_seconds','progress',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _7e0cb05b3c817aa3(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('expr','env','rows',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _7db443fe89bdef51(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('expr','for_',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _ea16d44a20922d15(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('face','quality','readings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _f5ea8982609ff4b7(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('font','size','bank','energy','box','ox','oy',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _c740ad8c548d92d2(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('format_id','gtrid','bqual','prepared','owner','database',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _ef27d4f9c22bb782(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('g','digit','which',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _82cf4ba81a419270(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('gray','ink','rules','grid',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _5c311b6275d3371c(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('holds','left','right','left_terms','right_terms',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _967b291f3f5337a5(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('horizontal','vertical','mask','em',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _772717ce07db7dd4(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('host','items','options','scopes','robots','not_before','known_docs','store','wait',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _dea830f6f4b2d52a(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('host','port',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _6cb13c7aeeca0ea8(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','loc','cells','rows','columns','extra_rows','row_locs','unread_rows',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _1599e4c593cf9b52(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','section','layout','columns','rows','groups',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _bb1fd9739bb7e4fa(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('image','row','col','confidence','read','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _7958176afc8a1b9a(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('info','text','problems','raw',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _3702a9d16538f4ac(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ink','baseline',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _d1b0185ebea1f2cd(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','heading','match','start_line','end_line','start','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _efccb482182daa40(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','label','aliases','group','kind',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _99ce887d5582ac76(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','label','aliases','ordinal','group','block','columns',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _1bee63101c3eb8fb(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','label','ordinal',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _d68cdf8842498388(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','ordinal','title','variants','keywords','long_forms','optional',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _45abfed6f755438c(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','pattern','label',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _bdd51562956e5312(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','target','ordinal','matcher','counts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _8a0ebc92751d99b9(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','cells','level','bold','table',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _e6e8d00d74e8411b(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','labels','cells','top','bands',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _8e6585878fe67772(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','name','data','url','lang',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _625abec09734daf2(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('label','loc','values',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _76172d785935f7b0(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('label','x0','x1','words',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _edb5216ee6c92ada(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('line','column',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _9ef3b34c0c9ef33e(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('line','labels','values','cells','index','layout','tail','parts','above','full',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _43c5e2006131e5c0(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lines','blocks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _110d796ef42d24e6(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lines','x0','x1','top','bottom','glyphs','room','words','sharpness','touches_border',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _cd82779964b46afa(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lo','hi','segments','virtual',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _346e495ac0514349(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('loc','args','where','evidence','severity','other','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _73fbf087b735e78a(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('max_bytes','jobs','loopback','fetch_timeout',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _1262d6edf28f7a71(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('max_pixels','max_side','table_seconds','page_seconds','document_seconds',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _a25e13834ace0433(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','format','title','format_markers','sections','tables','rules','path','report','bodies','diagnosis',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _4792f7479fd6bf75(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','is_var',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _938fbd6d44a78f5e(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','kind','encoding','sha256','url','published','title',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _856ab0f7b1221bea(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','level','parent','listing_url',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _a335b13f9fad8763(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','level','parent','year','status','url','published','deadline','days_late','reason','listing_url',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _2cbaa1472acbd6ff(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','options','args','expression','across',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _d956ba8a60f7d8d1(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','parse','render','read','suffixes','content_types','magic','magic_within','binary','in_folders',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _05897e2fbf497ec0(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','result','note','reader',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _3576f63f72f20098(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','shapes','advances','em','pad','base','top','bottom',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _8f3545a12d82b5f4(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('no','kind','cells','md_level','exact',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _ebd1c49629e72b2e(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('op','left','right',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _98849e6a6035e0c9(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('pack','lang','color','version',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _336ce4c41f8fdfa6(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('plus','minus','scaled','const','compare',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _fc89e597eca6e84c(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('prose','spans',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _ba0e8ac208a44929(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('queue','documents','reports','errors','warnings','codes','cross_codes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _de1ed5a6314f9471(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('raw','kind','value','line','column','end_column',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _7a8c9d21c5bcc245(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('raw','kind','value','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _7b8dfec4cad8a223(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('reports','pages','attachments',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _7738aafd0dca0657(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('row','col','rowspan','colspan','x0','x1','top','bottom','kind','text','confidence','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _f04d3dd81015af0f(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('row','col','rowspan','colspan','x0','x1','top','bottom',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _46d778b66fdddd2d(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rule','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _6008e345fe8ece34(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ruled','columns','rows','cells','notes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _db279d89e785a529(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('says','kind','documents','parents',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _ffb1911647f065a5(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('select','ignore','extend_select','per_file_ignores','severity','fail_level','lang','rules','exclude','file','origins',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _a32ef73f2f0d2011(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('select','ignore',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _060e8e21e9b4a7f3(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('selection','max_bytes','published','fetch','packs','severity','debug','ocr',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _1a0f16701ee58e2b(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','document','findings','notes','pack',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _f3744e55a7a533d9(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','headings','sections','paragraphs','tables','format','year','agency','problems','line_count','images','line_pages','markers','shape','original','line_origins','notes','ocr','ocr_missing',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _58e5c8a71dce9fde(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','line','column','end_line','end_column','page',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _99f71db105ad553b(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','width','height','lines','tables','complete','notes','seconds',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _c01bef6d4f73ab39(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','width','height','ruled','columns','rows','cells','engine','complete','notes','seconds',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _93cd07a80d0ecdf9(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _0a947c2155ae560e(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','errors','warnings','infos','top','page','figures',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _eab37cc453de6d73(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('table','row','col','qual',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _6eb643e017ccff83(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('table','row','col','value','qual',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _1edd7a1cec9610c2(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('table','row','column','section','paragraph','quote','heading','page','docx','image',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _59247612fe097e98(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('table','rows','cols','qual',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _b4c99e6cb3ac88a3(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','confidence','look',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _98fb4fffb3be50ba(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','encoding','reason',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _0bd583df125e8482(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','fit','margin','rival','sign',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _3692e6bf8f2e10a3(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','left','op','right',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _eb4b4eb7b15bc23a(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _20f73e6f3fb3c89c(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','ordinal','bold','line','column','end_column',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _89c95c3d7bd32919(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','ordinal','system','number','level','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _bdba44ee11e48b80(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','spot',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _d59b571c90df60e5(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','start','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _4a4a1db16de74e1e(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','starts','locs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _64d839cd4ad5f163(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','confidence','row','col','kind',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _593ec9073cef4e67(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','confidence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _63497377292d73b7(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','loc','confidence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _f5ea0b511e56a67c(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('type','required','default','doc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _f9ebef91fe6f341f(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('type','title','body_markers','listing_link','formats',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _ffc15b171484a567(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('url','discovered_from','agency','year','published','is_report','http_status',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _0dd50e7baf6adb33(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('url','kind','discovered_from','state','note','note_zh',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _142f244f0a9c592c(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _1b5b56ad1427b97c(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('as_of','years','rows','findings','unattributed','queue','documents','reports','roster','pages','lang',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _3c0bd02615a5ad21(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('body','year','url','code','rule','severity','message','place','across','other_url',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _b3f088d60011a35f(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('by_kind','pack',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _d004e4a0bbd0c9e5(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('cells','tokens',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _95734f984e7b21af(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('cells',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _f61edf0ecdf7b027(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','args','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _b4d58b27f5859f5b(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','name','kind','severity','summary','message','rationale','for_','expr','options','examples','cases','against','applies',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _c05172dc76478f2f(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','name','severity','args','loc','where','evidence','template','fixes','related',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _8faa9560cd478689(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','residual','coef',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _6229e98a196e6f2d(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('connect_timeout','read_timeout','deadline','retries','backoff','max_redirects','max_bytes','verify_tls','cache_dir','allow_private','images',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _f945f2f82c2dc767(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('corpus','doc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _ecbf58a6c5bf3a6b(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('count','span','percent','percent_span','sentence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _b574e838ebb53714(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('data','member','texts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _4612e88dc75bd25e(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('drawn','pitch','steps',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _02dcbffb5372bec2(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('enabled','engine','table_seconds','document_seconds','progress',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _89c161403347921b(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('expr','env','rows',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _aa3f64edcb9f07e7(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('expr','for_',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _ba600f26a29dc40c(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('face','quality','readings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _3b8a700313bc178e(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('font','size','bank','energy','box','ox','oy',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _d16e46619b29d996(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('format_id','gtrid','bqual','prepared','owner','database',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _08d21a79ee4ade08(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('g','digit','which',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _e3b89840cf5b08bf(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('gray','ink','rules','grid',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _30076962bf633a92(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('holds','left','right','left_terms','right_terms',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _7c6f5088a69cbac1(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('horizontal','vertical','mask','em',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _b41c66fc4a5f98cd(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('host','items','options','scopes','robots','not_before','known_docs','store','wait',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _8d6d94816724bf71(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('host','port',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _212c4d51e67a70a4(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','loc','cells','rows','columns','extra_rows','row_locs','unread_rows',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _0d032041592c5f63(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','section','layout','columns','rows','groups',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _c48f0015c574e5dc(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('image','row','col','confidence','read','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _69c67913a6ef9497(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('info','text','problems','raw',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _6ab4beadf9655edb(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ink','baseline',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _a89e276ba931274b(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','heading','match','start_line','end_line','start','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _bcdd5f08b18bcfb7(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','label','aliases','group','kind',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _da909014e0a992f3(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','label','aliases','ordinal','group','block','columns',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _afcdd0c1d3ca6b1d(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','label','ordinal',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _8e00dabd53d3a43f(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','ordinal','title','variants','keywords','long_forms','optional',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _da4a407bd1a807a0(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','pattern','label',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _5e6d5e49bb071879(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','target','ordinal','matcher','counts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _6179135b8697ef52(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','cells','level','bold','table',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _b63ab2c43443d8c3(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','labels','cells','top','bands',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _0a84980265d8ddfa(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','name','data','url','lang',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _8a94525f6c392142(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('label','loc','values',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _d88ff92a9f9d2da3(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('label','x0','x1','words',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _fae0813e3d1e48c1(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('line','column',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _0e70a2f71c8f7b9d(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('line','labels','values','cells','index','layout','tail','parts','above','full',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _706efe8d9258dda6(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lines','blocks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _dbca63dbd09a58a9(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lines','x0','x1','top','bottom','glyphs','room','words','sharpness','touches_border',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _f5d794418aaa1da3(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lo','hi','segments','virtual',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _4f8edbc5bd36ff19(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('loc','args','where','evidence','severity','other','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _1963badc9f43104a(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('max_bytes','jobs','loopback','fetch_timeout',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _75cc6c511782f517(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('max_pixels','max_side','table_seconds','page_seconds','document_seconds',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _35bfecc8b84c66e4(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','format','title','format_markers','sections','tables','rules','path','report','bodies','diagnosis',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _20dddd627e53815e(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','is_var',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _56fb5a3d6b57ea41(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','kind','encoding','sha256','url','published','title',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _1974e6ed9bb23a81(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','level','parent','listing_url',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _939a970dbfdbd047(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','level','parent','year','status','url','published','deadline','days_late','reason','listing_url',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _9542df92db68bbea(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','options','args','expression','across',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _738f2738437b6ea9(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','parse','render','read','suffixes','content_types','magic','magic_within','binary','in_folders',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _47de5fb560ed4915(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','result','note','reader',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _e4c254246c5f6e52(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','shapes','advances','em','pad','base','top','bottom',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _052205d63898bdbb(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('no','kind','cells','md_level','exact',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _c9c53642fca0ab59(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('op','left','right',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _90f418790202fc29(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('pack','lang','color','version',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _27b42e438d9a74ec(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('plus','minus','scaled','const','compare',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _1c978224c8dd0c79(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('prose','spans',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _d545fe2be30c86ab(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('queue','documents','reports','errors','warnings','codes','cross_codes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _10d5de1696a08d5f(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('raw','kind','value','line','column','end_column',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _41df78b02ca18f9d(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('raw','kind','value','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _23915ac5b4f7c3ec(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('reports','pages','attachments',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _39122c7d134b24a4(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('row','col','rowspan','colspan','x0','x1','top','bottom','kind','text','confidence','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _5fc5145200a78ce1(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('row','col','rowspan','colspan','x0','x1','top','bottom',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _90837d2534880ef9(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rule','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _9ed9b5c37b35fe3c(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ruled','columns','rows','cells','notes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _0a3ed8e74f33a3cd(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('says','kind','documents','parents',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _814093877902ace3(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('select','ignore','extend_select','per_file_ignores','severity','fail_level','lang','rules','exclude','file','origins',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _2c954bfe38dae62a(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('select','ignore',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _9aeb1b1a683ae985(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('selection','max_bytes','published','fetch','packs','severity','debug','ocr',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _65150f078708e3cc(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','document','findings','notes','pack',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _15a15c0917f13b19(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','headings','sections','paragraphs','tables','format','year','agency','problems','line_count','images','line_pages','markers','shape','original','line_origins','notes','ocr','ocr_missing',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _b9b4a5ecbd36ce87(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','line','column','end_line','end_column','page',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _a88bacf549975a50(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','width','height','lines','tables','complete','notes','seconds',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _c09cb4c3acc6222a(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','width','height','ruled','columns','rows','cells','engine','complete','notes','seconds',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _0d15d177c7d33e37(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _71d298565e650df1(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','errors','warnings','infos','top','page','figures',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _5df695bdbba9ef3b(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('table','row','col','qual',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _bd53f88ebc51cc8d(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('table','row','col','value','qual',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _4fff88eed42f5893(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('table','row','column','section','paragraph','quote','heading','page','docx','image',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _fb07fe77d09f2650(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('table','rows','cols','qual',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _8e40cb3e825b792d(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','confidence','look',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _7be2dff3b0a2a314(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','encoding','reason',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _ab1126712e3f2fa4(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','fit','margin','rival','sign',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _e4a35d7d7d52e977(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','left','op','right',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _afc0bc202a8bce67(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _781dc655d87f8eb6(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','ordinal','bold','line','column','end_column',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _de818fe4907dcfc3(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','ordinal','system','number','level','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _73e54d02f32d1c11(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','spot',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _9fa3e95df727d3c8(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','start','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _11419032938717c1(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','starts','locs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _66132fc092a3f2ac(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','confidence','row','col','kind',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _39c0cb2b53c789a2(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','confidence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _c056f9207ac4f029(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','loc','confidence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _4e9a7533b10c90ff(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('type','required','default','doc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _5489c07f218dfe88(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('type','title','body_markers','listing_link','formats',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _fa518b6b7da20b4d(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('url','discovered_from','agency','year','published','is_report','http_status',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _8bf0451ed2fa5c67(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('url','kind','discovered_from','state','note','note_zh',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _a4b0e26452d5bc96(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.as_of,self.years,self.rows,self.findings,self.unattributed,self.queue,self.documents,self.reports,self.roster,self.pages,self.lang,)==(other.as_of,other.years,other.rows,other.findings,other.unattributed,other.queue,other.documents,other.reports,other.roster,other.pages,other.lang,)\n  return NotImplemented\n return __eq__': _6d80971b9bbdad9b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.blocks,self.title,self.meta,self.attachments,self.images,self.image_refs,self.body_found,self.problems,)==(other.blocks,other.title,other.meta,other.attachments,other.images,other.image_refs,other.body_found,other.problems,)\n  return NotImplemented\n return __eq__': _bdedcd6fcdf6e4b6,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.body,self.year,self.url,self.code,self.rule,self.severity,self.message,self.place,self.across,self.other_url,)==(other.body,other.year,other.url,other.code,other.rule,other.severity,other.message,other.place,other.across,other.other_url,)\n  return NotImplemented\n return __eq__': _65af20c35f85186e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.by_kind,self.pack,)==(other.by_kind,other.pack,)\n  return NotImplemented\n return __eq__': _3a87d6045ee0503a,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.cells,)==(other.cells,)\n  return NotImplemented\n return __eq__': _76b31f0b71b5f722,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.cells,self.tokens,)==(other.cells,other.tokens,)\n  return NotImplemented\n return __eq__': _a57ffa554fa70f0c,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.args,self.loc,)==(other.code,other.args,other.loc,)\n  return NotImplemented\n return __eq__': _448c75807a17405b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.name,self.kind,self.severity,self.summary,self.message,self.rationale,self.for_,self.expr,self.options,self.examples,self.cases,self.against,self.applies,)==(other.code,other.name,other.kind,other.severity,other.summary,other.message,other.rationale,other.for_,other.expr,other.options,other.examples,other.cases,other.against,other.applies,)\n  return NotImplemented\n return __eq__': _907b253c3922a358,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.name,self.severity,self.args,self.loc,self.where,self.evidence,)==(other.code,other.name,other.severity,other.args,other.loc,other.where,other.evidence,)\n  return NotImplemented\n return __eq__': _33ab0eab2dba24ad,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.residual,self.coef,)==(other.code,other.residual,other.coef,)\n  return NotImplemented\n return __eq__': _c4ce21031d6256d1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.zh,self.en,self.status,)==(other.code,other.zh,other.en,other.status,)\n  return NotImplemented\n return __eq__': _747d94dd87183ccc,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.codes,self.first,self.last,self.loc,self.used,)==(other.codes,other.first,other.last,other.loc,other.used,)\n  return NotImplemented\n return __eq__': _e5de05f7b56def6d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.connect_timeout,self.read_timeout,self.deadline,self.retries,self.backoff,self.max_redirects,self.max_bytes,self.verify_tls,self.cache_dir,self.allow_private,self.images,)==(other.connect_timeout,other.read_timeout,other.deadline,other.retries,other.backoff,other.max_redirects,other.max_bytes,other.verify_tls,other.cache_dir,other.allow_private,other.images,)\n  return NotImplemented\n return __eq__': _68dc809f3eb208d4,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.content_disposition,self.field_name,self.data,self.file,self.item_headers,)==(other.content_disposition,other.field_name,other.data,other.file,other.item_headers,)\n  return NotImplemented\n return __eq__': _5742661a9ca24a81,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.corpus,self.doc,)==(other.corpus,other.doc,)\n  return NotImplemented\n return __eq__': _8b9a70a34f5778e2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.count,self.span,self.percent,self.percent_span,self.sentence,)==(other.count,other.span,other.percent,other.percent_span,other.sentence,)\n  return NotImplemented\n return __eq__': _b4bfd52caa949996,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.data,self.member,self.texts,)==(other.data,other.member,other.texts,)\n  return NotImplemented\n return __eq__': _22868f3589b41eef,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.discovered,self.finished,self.fetched,self.linted,self.errors,self.skipped,self.lang,self.quiet,self.stream,self.started,self.lock,self._at_start,self._last,self._logged,)==(other.discovered,other.finished,other.fetched,other.linted,other.errors,other.skipped,other.lang,other.quiet,other.stream,other.started,other.lock,other._at_start,other._last,other._logged,)\n  return NotImplemented\n return __eq__': _7123c3d9fdee42c0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.drawn,self.pitch,self.steps,)==(other.drawn,other.pitch,other.steps,)\n  return NotImplemented\n return __eq__': _9f8cac86abc2e80b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.enabled,self.engine,self.table_seconds,self.document_seconds,self.progress,)==(other.enabled,other.engine,other.table_seconds,other.document_seconds,other.progress,)\n  return NotImplemented\n return __eq__': _4965f82b67b3157b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.expr,self.env,self.rows,)==(other.expr,other.env,other.rows,)\n  return NotImplemented\n return __eq__': _66821085401493d9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.expr,self.for_,)==(other.expr,other.for_,)\n  return NotImplemented\n return __eq__': _35f5d9e0ab048dd5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.face,self.quality,self.readings,)==(other.face,other.quality,other.readings,)\n  return NotImplemented\n return __eq__': _297a78da2e25969b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.format_id,self.gtrid,self.bqual,self.prepared,self.owner,self.database,)==(other.format_id,other.gtrid,other.bqual,other.prepared,other.owner,other.database,)\n  return NotImplemented\n return __eq__': _98fe4c24693e2166,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.g,self.digit,self.which,)==(other.g,other.digit,other.which,)\n  return NotImplemented\n return __eq__': _a59e80b51879a9d9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.gray,self.ink,self.rules,self.grid,)==(other.gray,other.ink,other.rules,other.grid,)\n  return NotImplemented\n return __eq__': _07b247888b00c3c5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.holds,self.left,self.right,self.left_terms,self.right_terms,)==(other.holds,other.left,other.right,other.left_terms,other.right_terms,)\n  return NotImplemented\n return __eq__': _e48d840fadc4f30b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.horizontal,self.vertical,self.mask,self.em,)==(other.horizontal,other.vertical,other.mask,other.em,)\n  return NotImplemented\n return __eq__': _44db22ca88b932a7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.host,self.items,self.options,self.scopes,self.robots,self.not_before,self.known_docs,self.store,self.wait,)==(other.host,other.items,other.options,other.scopes,other.robots,other.not_before,other.known_docs,other.store,other.wait,)\n  return NotImplemented\n return __eq__': _7779f420c57cc2da,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.host,self.port,)==(other.host,other.port,)\n  return NotImplemented\n return __eq__': _6434f65ccc9fa433,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.host,self.writes,self.counts,self.touched,self.robots,self.ended,)==(other.host,other.writes,other.counts,other.touched,other.robots,other.ended,)\n  return NotImplemented\n return __eq__': _834a1c4cf603f7d0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.loc,self.cells,self.rows,self.columns,self.extra_rows,self.row_locs,self.unread_rows,)==(other.id,other.loc,other.cells,other.rows,other.columns,other.extra_rows,other.row_locs,other.unread_rows,)\n  return NotImplemented\n return __eq__': _b1f9bf12f3f25eb5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.image,self.row,self.col,self.confidence,self.read,self.note,)==(other.image,other.row,other.col,other.confidence,other.read,other.note,)\n  return NotImplemented\n return __eq__': _8ce3a8464bed66b1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.info,self.db,self.user,self.password,self.host,self.hostaddr,self.port,self.tty,self.options,self.status,self.transaction_status,self.pipeline_status,self.error_message,self._encoding,self.protocol_version,self.full_protocol_version,self.server_version,self.backend_pid,self.needs_password,self.used_password,self.used_gssapi,self.ssl_in_use,self.nonblocking,self.notice_handler,self.notify_handler,)==(other.info,other.db,other.user,other.password,other.host,other.hostaddr,other.port,other.tty,other.options,other.status,other.transaction_status,other.pipeline_status,other.error_message,other._encoding,other.protocol_version,other.full_protocol_version,other.server_version,other.backend_pid,other.needs_password,other.used_password,other.used_gssapi,other.ssl_in_use,other.nonblocking,other.notice_handler,other.notify_handler,)\n  return NotImplemented\n return __eq__': _9c9d5f7ee1dc4bce,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.info,self.text,self.problems,self.raw,)==(other.info,other.text,other.problems,other.raw,)\n  return NotImplemented\n return __eq__': _a3a2ef60360efb27,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ink,self.baseline,)==(other.ink,other.baseline,)\n  return NotImplemented\n return __eq__': _ad2c80ae47429f50,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.heading,self.match,self.start_line,self.end_line,self.start,self.end,)==(other.key,other.heading,other.match,other.start_line,other.end_line,other.start,other.end,)\n  return NotImplemented\n return __eq__': _d33f90341c204ba2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.label,self.aliases,self.group,self.kind,)==(other.key,other.label,other.aliases,other.group,other.kind,)\n  return NotImplemented\n return __eq__': _92337df7f80ddcda,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.label,self.aliases,self.ordinal,self.group,self.block,self.columns,)==(other.key,other.label,other.aliases,other.ordinal,other.group,other.block,other.columns,)\n  return NotImplemented\n return __eq__': _bba61dfea0ace8a8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.label,self.ordinal,)==(other.key,other.label,other.ordinal,)\n  return NotImplemented\n return __eq__': _5707954e02cabe50,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.ordinal,self.title,self.variants,self.keywords,self.long_forms,self.optional,)==(other.key,other.ordinal,other.title,other.variants,other.keywords,other.long_forms,other.optional,)\n  return NotImplemented\n return __eq__': _79ac0ae1583b9f4d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.pattern,self.label,)==(other.key,other.pattern,other.label,)\n  return NotImplemented\n return __eq__': _a84913d8f8d44bd0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.target,self.ordinal,)==(other.key,other.target,other.ordinal,)\n  return NotImplemented\n return __eq__': _15076ddd6d14b63c,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keyword,self.envvar,self.compiled,)==(other.keyword,other.envvar,other.compiled,)\n  return NotImplemented\n return __eq__': _c0a58327f355d8b5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.cells,self.level,self.bold,self.table,)==(other.kind,other.cells,other.level,other.bold,other.table,)\n  return NotImplemented\n return __eq__': _bc07bb46276b284f,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.labels,self.cells,self.top,self.bands,)==(other.kind,other.labels,other.cells,other.top,other.bands,)\n  return NotImplemented\n return __eq__': _db59a970ef802e9c,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.name,self.data,self.url,self.lang,)==(other.kind,other.name,other.data,other.url,other.lang,)\n  return NotImplemented\n return __eq__': _d27aa83679beb98b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.label,self.loc,self.values,)==(other.label,other.loc,other.values,)\n  return NotImplemented\n return __eq__': _64cbbc5e23f707a9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.label,self.x0,self.x1,)==(other.label,other.x0,other.x1,)\n  return NotImplemented\n return __eq__': _6f5c4ae71ec4e34a,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line,self.column,)==(other.line,other.column,)\n  return NotImplemented\n return __eq__': _882157c7cfcfd7f7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line,self.labels,self.values,self.cells,self.index,self.layout,self.tail,self.parts,self.above,self.full,)==(other.line,other.labels,other.values,other.cells,other.index,other.layout,other.tail,other.parts,other.above,other.full,)\n  return NotImplemented\n return __eq__': _12330bacf57e42f9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.blocks,)==(other.lines,other.blocks,)\n  return NotImplemented\n return __eq__': _ecaac2410ec3bcea,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.info,self.head,self.line_count,self.problems,self.images,self.original,self.markers,self._rows,)==(other.lines,other.info,other.head,other.line_count,other.problems,other.images,other.original,other.markers,other._rows,)\n  return NotImplemented\n return __eq__': _f61e511ac0106c86,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.pages,self.problems,self.ocr,self.notes,self.hint,self.origins,)==(other.lines,other.pages,other.problems,other.ocr,other.notes,other.hint,other.origins,)\n  return NotImplemented\n return __eq__': _572cf08f6c78ba20,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.x0,self.x1,self.top,self.bottom,self.glyphs,self.room,self.words,self.sharpness,self.touches_border,)==(other.lines,other.x0,other.x1,other.top,other.bottom,other.glyphs,other.room,other.words,other.sharpness,other.touches_border,)\n  return NotImplemented\n return __eq__': _398eb4282e542f11,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lo,self.hi,self.segments,self.virtual,)==(other.lo,other.hi,other.segments,other.virtual,)\n  return NotImplemented\n return __eq__': _d72e874d7903f729,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,)==(other.loc,other.args,other.where,other.evidence,other.severity,other.other,other.message,)\n  return NotImplemented\n return __eq__': _3f6392e5c9e8a946,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.max_bytes,self.jobs,self.loopback,self.fetch_timeout,)==(other.max_bytes,other.jobs,other.loopback,other.fetch_timeout,)\n  return NotImplemented\n return __eq__': _6c0042ca355acef6,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.max_pixels,self.max_side,self.table_seconds,self.page_seconds,self.document_seconds,)==(other.max_pixels,other.max_side,other.table_seconds,other.page_seconds,other.document_seconds,)\n  return NotImplemented\n return __eq__': _1832b9e2ce9ba658,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.is_var,)==(other.name,other.is_var,)\n  return NotImplemented\n return __eq__': _4bb13c41db25c680,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.kind,self.encoding,self.sha256,self.url,self.published,self.title,)==(other.name,other.kind,other.encoding,other.sha256,other.url,other.published,other.title,)\n  return NotImplemented\n return __eq__': _c5caf3580823e3de,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.level,self.parent,self.listing_url,)==(other.name,other.level,other.parent,other.listing_url,)\n  return NotImplemented\n return __eq__': _4990369214d2b7aa,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.level,self.parent,self.year,self.status,self.url,self.published,self.deadline,self.days_late,self.reason,self.listing_url,)==(other.name,other.level,other.parent,other.year,other.status,other.url,other.published,other.deadline,other.days_late,other.reason,other.listing_url,)\n  return NotImplemented\n return __eq__': _2923c6364cdc7275,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.options,self.args,self.expression,self.across,)==(other.name,other.options,other.args,other.expression,other.across,)\n  return NotImplemented\n return __eq__': _89f3fe1888870684,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.parse,self.render,self.read,self.suffixes,self.content_types,self.magic,self.magic_within,self.binary,self.in_folders,)==(other.name,other.parse,other.render,other.read,other.suffixes,other.content_types,other.magic,other.magic_within,other.binary,other.in_folders,)\n  return NotImplemented\n return __eq__': _44b985afafcdfb46,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.result,self.note,self.reader,)==(other.name,other.result,other.note,other.reader,)\n  return NotImplemented\n return __eq__': _00b14e9115a8900f,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.no,self.kind,self.cells,self.md_level,self.exact,)==(other.no,other.kind,other.cells,other.md_level,other.exact,)\n  return NotImplemented\n return __eq__': _696bf7ca68c66c7e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.op,self.left,self.right,)==(other.op,other.left,other.right,)\n  return NotImplemented\n return __eq__': _b68f897bdc72303c,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pack,self.lang,self.color,self.version,)==(other.pack,other.lang,other.color,other.version,)\n  return NotImplemented\n return __eq__': _eb1d82f95fabae3d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.per_host,self.delay,self.concurrency,self.refetch,self.respect_robots,self.processes,self.time_limit,self.max_pages,self.start_method,self.fetch,self.lint,)==(other.per_host,other.delay,other.concurrency,other.refetch,other.respect_robots,other.processes,other.time_limit,other.max_pages,other.start_method,other.fetch,other.lint,)\n  return NotImplemented\n return __eq__': _058d1c19e87eae59,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.plus,self.minus,self.scaled,self.const,self.compare,)==(other.plus,other.minus,other.scaled,other.const,other.compare,)\n  return NotImplemented\n return __eq__': _1597a1e3e6be99a8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.prose,self.spans,)==(other.prose,other.spans,)\n  return NotImplemented\n return __eq__': _07f581acf5d1fe9e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,)==(other.queue,other.documents,other.reports,other.errors,other.warnings,other.codes,other.cross_codes,)\n  return NotImplemented\n return __eq__': _2605c91201bcc9d2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.raw,self.kind,self.value,self.line,self.column,self.end_column,)==(other.raw,other.kind,other.value,other.line,other.column,other.end_column,)\n  return NotImplemented\n return __eq__': _e472b035ad8d75ec,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.raw,self.kind,self.value,self.loc,)==(other.raw,other.kind,other.value,other.loc,)\n  return NotImplemented\n return __eq__': _e573c4eadb908c6b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.reports,self.pages,self.attachments,)==(other.reports,other.pages,other.attachments,)\n  return NotImplemented\n return __eq__': _05c429d0bccd3e9d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.result,self.name,self.data,self.kind,)==(other.result,other.name,other.data,other.kind,)\n  return NotImplemented\n return __eq__': _a482d9a2af215535,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,)==(other.row,other.col,other.rowspan,other.colspan,other.x0,other.x1,other.top,other.bottom,)\n  return NotImplemented\n return __eq__': _1968c81c8ad58bfa,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,self.kind,self.text,self.confidence,self.note,)==(other.row,other.col,other.rowspan,other.colspan,other.x0,other.x1,other.top,other.bottom,other.kind,other.text,other.confidence,other.note,)\n  return NotImplemented\n return __eq__': _7f36211f65c4b7a8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rule,self.text,)==(other.rule,other.text,)\n  return NotImplemented\n return __eq__': _695a697032a1c843,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ruled,self.columns,self.rows,self.cells,self.notes,)==(other.ruled,other.columns,other.rows,other.cells,other.notes,)\n  return NotImplemented\n return __eq__': _ed5ad252ce34e995,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.says,self.kind,self.documents,self.parents,)==(other.says,other.kind,other.documents,other.parents,)\n  return NotImplemented\n return __eq__': _70dffbd4a46cc685,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.select,self.ignore,)==(other.select,other.ignore,)\n  return NotImplemented\n return __eq__': _2ceb82d55360a274,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.select,self.ignore,self.extend_select,self.per_file_ignores,self.severity,self.fail_level,self.lang,self.rules,self.exclude,self.file,)==(other.select,other.ignore,other.extend_select,other.per_file_ignores,other.severity,other.fail_level,other.lang,other.rules,other.exclude,other.file,)\n  return NotImplemented\n return __eq__': _f4bf12fbf7a9c550,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.selection,self.max_bytes,self.published,self.fetch,self.packs,self.severity,self.debug,self.ocr,)==(other.selection,other.max_bytes,other.published,other.fetch,other.packs,other.severity,other.debug,other.ocr,)\n  return NotImplemented\n return __eq__': _219daaf8619d35fa,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.document,self.findings,self.notes,self.pack,)==(other.source,other.document,other.findings,other.notes,other.pack,)\n  return NotImplemented\n return __eq__': _71abb397f71aee70,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.headings,self.sections,self.paragraphs,self.tables,self.format,self.year,self.agency,self.problems,self.line_count,self.images,self.line_pages,self.markers,self.shape,self.original,self.line_origins,self.notes,self.ocr,self.ocr_missing,)==(other.source,other.headings,other.sections,other.paragraphs,other.tables,other.format,other.year,other.agency,other.problems,other.line_count,other.images,other.line_pages,other.markers,other.shape,other.original,other.line_origins,other.notes,other.ocr,other.ocr_missing,)\n  return NotImplemented\n return __eq__': _1eb82e0ceb2d6a19,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.line,self.column,self.end_line,self.end_column,self.page,)==(other.source,other.line,other.column,other.end_line,other.end_column,other.page,)\n  return NotImplemented\n return __eq__': _36ddcdbddbd71c2e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.width,self.height,self.lines,self.tables,self.complete,self.notes,self.seconds,)==(other.source,other.width,other.height,other.lines,other.tables,other.complete,other.notes,other.seconds,)\n  return NotImplemented\n return __eq__': _45bc6226f99e6c9e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.width,self.height,self.ruled,self.columns,self.rows,self.cells,self.engine,self.complete,self.notes,self.seconds,)==(other.source,other.width,other.height,other.ruled,other.columns,other.rows,other.cells,other.engine,other.complete,other.notes,other.seconds,)\n  return NotImplemented\n return __eq__': _74a36e2cb5dde953,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,)==(other.start,other.end,)\n  return NotImplemented\n return __eq__': _5e17ec8bd5342eb2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,)==(other.status,other.errors,other.warnings,other.infos,other.top,other.page,other.figures,)\n  return NotImplemented\n return __eq__': _b96ff65ac010838b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.row,self.col,self.qual,)==(other.table,other.row,other.col,other.qual,)\n  return NotImplemented\n return __eq__': _4da96a56bd051589,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.row,self.col,self.value,self.qual,)==(other.table,other.row,other.col,other.value,other.qual,)\n  return NotImplemented\n return __eq__': _017ff81ed46efa2b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.row,self.column,self.section,self.paragraph,self.quote,self.heading,self.page,self.docx,self.image,)==(other.table,other.row,other.column,other.section,other.paragraph,other.quote,other.heading,other.page,other.docx,other.image,)\n  return NotImplemented\n return __eq__': _7a73a3d3c00ec984,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.rows,self.cols,self.qual,)==(other.table,other.rows,other.cols,other.qual,)\n  return NotImplemented\n return __eq__': _b699e32053885066,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.confidence,self.look,)==(other.text,other.confidence,other.look,)\n  return NotImplemented\n return __eq__': _0051e0c035a0fe8e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.encoding,self.reason,)==(other.text,other.encoding,other.reason,)\n  return NotImplemented\n return __eq__': _aa7c514bbdcd8a88,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.fit,self.margin,self.rival,self.sign,)==(other.text,other.fit,other.margin,other.rival,other.sign,)\n  return NotImplemented\n return __eq__': _28ee9f3dc241b987,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.left,self.op,self.right,)==(other.text,other.left,other.op,other.right,)\n  return NotImplemented\n return __eq__': _8ace38ba0175b908,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.loc,)==(other.text,other.loc,)\n  return NotImplemented\n return __eq__': _257a3b29922ee6c0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.ordinal,self.bold,self.line,self.column,self.end_column,)==(other.text,other.ordinal,other.bold,other.line,other.column,other.end_column,)\n  return NotImplemented\n return __eq__': _e70f83f560845895,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.ordinal,self.system,self.number,self.level,self.loc,)==(other.text,other.ordinal,other.system,other.number,other.level,other.loc,)\n  return NotImplemented\n return __eq__': _fee1680748a4936b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.spot,)==(other.text,other.spot,)\n  return NotImplemented\n return __eq__': _faea73d70d9b1e5a,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.start,self.end,)==(other.text,other.start,other.end,)\n  return NotImplemented\n return __eq__': _ff6e0bd93a6e219d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.starts,self.locs,)==(other.text,other.starts,other.locs,)\n  return NotImplemented\n return __eq__': _80a4041d8eff16e3,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.confidence,)\n  return NotImplemented\n return __eq__': _1297943a2a1400b7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,self.row,self.col,self.kind,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.confidence,other.row,other.col,other.kind,)\n  return NotImplemented\n return __eq__': _fd4da341d7e29420,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.top,self.bottom,self.loc,self.confidence,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.loc,other.confidence,)\n  return NotImplemented\n return __eq__': _93a165bddb3b01f4,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.texts,self.first,)==(other.texts,other.first,)\n  return NotImplemented\n return __eq__': _57212d056eccdd0d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.top,self.bottom,self.left,self.right,self.parts,)==(other.top,other.bottom,other.left,other.right,other.parts,)\n  return NotImplemented\n return __eq__': _e02e770e84def204,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.tpl,self.source,self.cells,self.row_lines,self.extra,self.shape,self.glued,self.glued_rows,self.unread,self.unplaced,self.notes,self.first,self.taken,)==(other.tpl,other.source,other.cells,other.row_lines,other.extra,other.shape,other.glued,other.glued_rows,other.unread,other.unplaced,other.notes,other.first,other.taken,)\n  return NotImplemented\n return __eq__': _d646af4146713473,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.type,self.required,self.default,self.doc,)==(other.type,other.required,other.default,other.doc,)\n  return NotImplemented\n return __eq__': _7737fe5256dc4968,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.type,self.title,self.body_markers,self.listing_link,self.formats,)==(other.type,other.title,other.body_markers,other.listing_link,other.formats,)\n  return NotImplemented\n return __eq__': _9264a5dc61542695,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.url,self.discovered_from,self.agency,self.year,self.published,self.is_report,self.http_status,)==(other.url,other.discovered_from,other.agency,other.year,other.published,other.is_report,other.http_status,)\n  return NotImplemented\n return __eq__': _278d20323a89a220,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.url,self.kind,self.discovered_from,self.state,self.note,self.note_zh,)==(other.url,other.kind,other.discovered_from,other.state,other.note,other.note_zh,)\n  return NotImplemented\n return __eq__': _3dd900550c82be82,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,)==(other.value,)\n  return NotImplemented\n return __eq__': _757613419247b245,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.expression,self.conversion,self.format_spec,)==(other.value,other.expression,other.conversion,other.format_spec,)\n  return NotImplemented\n return __eq__': _6e6252b711df6983,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.widest,self.bare,self.start,)==(other.widest,other.bare,other.start,)\n  return NotImplemented\n return __eq__': _2496be2d3e665492,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.words,)==(other.words,)\n  return NotImplemented\n return __eq__': _7b12a2a298906314,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.as_of,self.years,self.rows,self.findings,self.unattributed,self.queue,self.documents,self.reports,self.roster,self.pages,self.lang,))\n return __hash__': _330b6683f9307ede,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.body,self.year,self.url,self.code,self.rule,self.severity,self.message,self.place,self.across,self.other_url,))\n return __hash__': _df02dd1f0811e123,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.by_kind,self.pack,))\n return __hash__': _cf51f59b087dd359,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.cells,))\n return __hash__': _3ab41953e7369218,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.cells,self.tokens,))\n return __hash__': _4333609ba8d02f12,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.args,self.loc,))\n return __hash__': _84a70d85a8a25772,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.name,self.kind,self.severity,self.summary,self.message,self.rationale,self.for_,self.expr,self.options,self.examples,self.cases,self.against,self.applies,))\n return __hash__': _40acf7ad8ea9e019,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.name,self.severity,self.args,self.loc,self.where,self.evidence,))\n return __hash__': _7893c8d2484bf6ed,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.residual,self.coef,))\n return __hash__': _f6f4b572d03253e9,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.connect_timeout,self.read_timeout,self.deadline,self.retries,self.backoff,self.max_redirects,self.max_bytes,self.verify_tls,self.cache_dir,self.allow_private,self.images,))\n return __hash__': _a2f79d7ccb8feb53,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.corpus,self.doc,))\n return __hash__': _c25ddb070ded779c,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.count,self.span,self.percent,self.percent_span,self.sentence,))\n return __hash__': _9a9b60f5dbd8ebb2,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.data,self.member,self.texts,))\n return __hash__': _ba98b95ae4488b21,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.drawn,self.pitch,self.steps,))\n return __hash__': _82dbeaa2cef06619,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.enabled,self.engine,self.table_seconds,self.document_seconds,self.progress,))\n return __hash__': _7229ab911fef9a29,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.expr,self.env,self.rows,))\n return __hash__': _6663933fa462514f,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.expr,self.for_,))\n return __hash__': _1651565a50bd3975,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.face,self.quality,self.readings,))\n return __hash__': _c9ffa227112fa253,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.format_id,self.gtrid,self.bqual,self.prepared,self.owner,self.database,))\n return __hash__': _3a8e9c78b45c2abb,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.g,self.digit,self.which,))\n return __hash__': _51cb0bf4f4dd049d,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.gray,self.ink,self.rules,self.grid,))\n return __hash__': _dd76b9d150889ba9,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.holds,self.left,self.right,self.left_terms,self.right_terms,))\n return __hash__': _a6b8b00d37911aa6,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.horizontal,self.vertical,self.mask,self.em,))\n return __hash__': _192ce2f15e3a3a88,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.host,self.items,self.options,self.scopes,self.robots,self.not_before,self.known_docs,self.store,self.wait,))\n return __hash__': _b55ad71c93e5d8ff,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.host,self.port,))\n return __hash__': _ec5c9919dc86d3e8,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.loc,self.cells,self.rows,self.columns,self.extra_rows,self.row_locs,self.unread_rows,))\n return __hash__': _22429760b4a2dede,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.image,self.row,self.col,self.confidence,self.read,self.note,))\n return __hash__': _df824efbe3b366d5,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.info,self.text,self.problems,self.raw,))\n return __hash__': _84eeefe01cdeb8e0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ink,self.baseline,))\n return __hash__': _28e6be74e9afe4ec,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.heading,self.match,self.start_line,self.end_line,self.start,self.end,))\n return __hash__': _47a3212e5838bb51,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.label,self.aliases,self.group,self.kind,))\n return __hash__': _1006c2d6e6c790e3,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.label,self.aliases,self.ordinal,self.group,self.block,self.columns,))\n return __hash__': _487613d215358524,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.label,self.ordinal,))\n return __hash__': _93fcd23c53741307,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.ordinal,self.title,self.variants,self.keywords,self.long_forms,self.optional,))\n return __hash__': _3cc5eabf42070d1a,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.pattern,self.label,))\n return __hash__': _a8ccd3a27c5ace20,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.target,self.ordinal,))\n return __hash__': _29876c589c62aed6,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.cells,self.level,self.bold,self.table,))\n return __hash__': _9c7f7f86931a6b39,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.labels,self.cells,self.top,self.bands,))\n return __hash__': _e33d0e67354529b7,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.name,self.data,self.url,self.lang,))\n return __hash__': _f593e32b7ca3bf2e,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.label,self.loc,self.values,))\n return __hash__': _5bf0f0f13999c4fe,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.label,self.x0,self.x1,))\n return __hash__': _2019143e48e540a8,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.line,self.column,))\n return __hash__': _82eeae8fbcace8e1,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.line,self.labels,self.values,self.cells,self.index,self.layout,self.tail,self.parts,self.above,self.full,))\n return __hash__': _832ae650978bdd07,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lines,self.blocks,))\n return __hash__': _ac935922d815cf9c,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lines,self.x0,self.x1,self.top,self.bottom,self.glyphs,self.room,self.words,self.sharpness,self.touches_border,))\n return __hash__': _0a557008a74df0f6,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lo,self.hi,self.segments,self.virtual,))\n return __hash__': _c74b42c5fbddd016,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,))\n return __hash__': _fe2d426201480ecd,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.max_bytes,self.jobs,self.loopback,self.fetch_timeout,))\n return __hash__': _8db1af3ce6a9b189,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.max_pixels,self.max_side,self.table_seconds,self.page_seconds,self.document_seconds,))\n return __hash__': _91a012ecc20f39d4,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.is_var,))\n return __hash__': _403870e8bf75fb18,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.kind,self.encoding,self.sha256,self.url,self.published,self.title,))\n return __hash__': _93604056a3336adc,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.level,self.parent,self.listing_url,))\n return __hash__': _c90149fd6b408b76,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.level,self.parent,self.year,self.status,self.url,self.published,self.deadline,self.days_late,self.reason,self.listing_url,))\n return __hash__': _6292085cf39fb3cd,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.options,self.args,self.expression,self.across,))\n return __hash__': _689735fd267ea62b,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.parse,self.render,self.read,self.suffixes,self.content_types,self.magic,self.magic_within,self.binary,self.in_folders,))\n return __hash__': _a236dabb88d94332,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.result,self.note,self.reader,))\n return __hash__': _d81bb4673d4cbaca,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.no,self.kind,self.cells,self.md_level,self.exact,))\n return __hash__': _b76df368ede10805,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.op,self.left,self.right,))\n return __hash__': _db6080c5069bb273,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.pack,self.lang,self.color,self.version,))\n return __hash__': _fc4fbee58cc006e1,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.plus,self.minus,self.scaled,self.const,self.compare,))\n return __hash__': _d4575cbdac9d1ac0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.prose,self.spans,))\n return __hash__': _e4a1650732bcac3d,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,))\n return __hash__': _7e17238163891f2d,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.raw,self.kind,self.value,self.line,self.column,self.end_column,))\n return __hash__': _49d03094c24d1ad4,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.raw,self.kind,self.value,self.loc,))\n return __hash__': _c6874a0b2d7f8a81,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.reports,self.pages,self.attachments,))\n return __hash__': _8c101edeb7671e88,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,))\n return __hash__': _fb38b261bda710b5,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,self.kind,self.text,self.confidence,self.note,))\n return __hash__': _c75f21fcfdd17e7a,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.rule,self.text,))\n return __hash__': _ca763050d04780fd,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ruled,self.columns,self.rows,self.cells,self.notes,))\n return __hash__': _2d428963c6aa5a86,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.says,self.kind,self.documents,self.parents,))\n return __hash__': _592dfc64fee584cb,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.select,self.ignore,))\n return __hash__': _eda8e51031bff1c0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.select,self.ignore,self.extend_select,self.per_file_ignores,self.severity,self.fail_level,self.lang,self.rules,self.exclude,self.file,))\n return __hash__': _a7fad41e54456392,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.selection,self.max_bytes,self.published,self.fetch,self.packs,self.severity,self.debug,self.ocr,))\n return __hash__': _036f24b1c4553ef1,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.document,self.findings,self.notes,self.pack,))\n return __hash__': _5951dc4659b40844,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.headings,self.sections,self.paragraphs,self.tables,self.format,self.year,self.agency,self.problems,self.line_count,self.images,self.line_pages,self.markers,self.shape,self.original,self.line_origins,self.notes,self.ocr,self.ocr_missing,))\n return __hash__': _31c338c160f6430e,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.line,self.column,self.end_line,self.end_column,self.page,))\n return __hash__': _8c092b79c11f9285,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.width,self.height,self.lines,self.tables,self.complete,self.notes,self.seconds,))\n return __hash__': _43d8c5e5c43a3eb7,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.width,self.height,self.ruled,self.columns,self.rows,self.cells,self.engine,self.complete,self.notes,self.seconds,))\n return __hash__': _ff07c770296009ff,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,))\n return __hash__': _b692dcd33296fbef,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,))\n return __hash__': _a0ff050dafdd6000,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.row,self.col,self.qual,))\n return __hash__': _f7fcfc47760ddabb,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.row,self.col,self.value,self.qual,))\n return __hash__': _9f3ad3e8ea5061f0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.row,self.column,self.section,self.paragraph,self.quote,self.heading,self.page,self.docx,self.image,))\n return __hash__': _689bbbef2e4b7c14,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.rows,self.cols,self.qual,))\n return __hash__': _a8a07902ad2e76cb,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.confidence,self.look,))\n return __hash__': _e346659cdff6e515,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.encoding,self.reason,))\n return __hash__': _f59348d881b1d604,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.fit,self.margin,self.rival,self.sign,))\n return __hash__': _53a426f28088ef4f,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.left,self.op,self.right,))\n return __hash__': _a886ed86c5687b4e,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.loc,))\n return __hash__': _d765aec6474f9488,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.ordinal,self.bold,self.line,self.column,self.end_column,))\n return __hash__': _b15ea9b2a7d2deea,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.ordinal,self.system,self.number,self.level,self.loc,))\n return __hash__': _bcbff71db7e75263,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.spot,))\n return __hash__': _19960a7429ab5c70,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.start,self.end,))\n return __hash__': _e4f9005454586e37,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.starts,self.locs,))\n return __hash__': _2f6f10bcf3f04df7,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,))\n return __hash__': _c0a9f3bbd44c2daa,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,self.row,self.col,self.kind,))\n return __hash__': _8fb12480d5602435,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.loc,self.confidence,))\n return __hash__': _389f39879f1773e3,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.type,self.required,self.default,self.doc,))\n return __hash__': _5f327e5a70ab857b,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.type,self.title,self.body_markers,self.listing_link,self.formats,))\n return __hash__': _24d64468b0ebe660,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.url,self.discovered_from,self.agency,self.year,self.published,self.is_report,self.http_status,))\n return __hash__': _5b31a8e3bc361fe0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.url,self.kind,self.discovered_from,self.state,self.note,self.note_zh,))\n return __hash__': _886e825a1973ae48,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.value,))\n return __hash__': _e4592a93700c975a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(as_of={self.as_of!r}, years={self.years!r}, rows={self.rows!r}, findings={self.findings!r}, unattributed={self.unattributed!r}, queue={self.queue!r}, documents={self.documents!r}, reports={self.reports!r}, roster={self.roster!r}, pages={self.pages!r}, lang={self.lang!r})"\n return __repr__': _400531ab5d3983f5,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(blocks={self.blocks!r}, title={self.title!r}, meta={self.meta!r}, attachments={self.attachments!r}, images={self.images!r}, image_refs={self.image_refs!r}, body_found={self.body_found!r}, problems={self.problems!r})"\n return __repr__': _2b5320d70d008af8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(body={self.body!r}, year={self.year!r}, url={self.url!r}, code={self.code!r}, rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, place={self.place!r}, across={self.across!r}, other_url={self.other_url!r})"\n return __repr__': _611789e5a5b8bb1a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(by_kind={self.by_kind!r}, pack={self.pack!r})"\n return __repr__': _41ac383a8c4cb89c,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(cells={self.cells!r})"\n return __repr__': _08c97e12278b7ce3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(cells={self.cells!r}, tokens={self.tokens!r})"\n return __repr__': _867560c7152786b2,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, args={self.args!r}, loc={self.loc!r})"\n return __repr__': _7f04233b951ebe3f,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, kind={self.kind!r}, severity={self.severity!r}, summary={self.summary!r}, message={self.message!r}, rationale={self.rationale!r}, for_={self.for_!r}, expr={self.expr!r}, options={self.options!r}, examples={self.examples!r}, cases={self.cases!r}, against={self.against!r}, applies={self.applies!r})"\n return __repr__': _da13b4ade5261f37,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, severity={self.severity!r}, args={self.args!r}, loc={self.loc!r}, where={self.where!r}, evidence={self.evidence!r}, template={self.template!r}, fixes={self.fixes!r}, related={self.related!r})"\n return __repr__': _fd40d36a2dd97905,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, residual={self.residual!r}, coef={self.coef!r})"\n return __repr__': _0af2cc306fa0ecec,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, zh={self.zh!r}, en={self.en!r}, status={self.status!r})"\n return __repr__': _0640ee046d0eefc3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(codes={self.codes!r}, first={self.first!r}, last={self.last!r}, loc={self.loc!r}, used={self.used!r})"\n return __repr__': _1097297f6fa493f3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(connect_timeout={self.connect_timeout!r}, read_timeout={self.read_timeout!r}, deadline={self.deadline!r}, retries={self.retries!r}, backoff={self.backoff!r}, max_redirects={self.max_redirects!r}, max_bytes={self.max_bytes!r}, verify_tls={self.verify_tls!r}, cache_dir={self.cache_dir!r}, allow_private={self.allow_private!r}, images={self.images!r})"\n return __repr__': _47c884107a3a35ef,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(content_disposition={self.content_disposition!r}, field_name={self.field_name!r}, data={self.data!r}, file={self.file!r}, item_headers={self.item_headers!r})"\n return __repr__': _94345d921e20e006,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(corpus={self.corpus!r}, doc={self.doc!r})"\n return __repr__': _c9a3d037113a27a4,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(count={self.count!r}, span={self.span!r}, percent={self.percent!r}, percent_span={self.percent_span!r}, sentence={self.sentence!r})"\n return __repr__': _6af83a3d25e0a1a6,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(data={self.data!r}, member={self.member!r}, texts={self.texts!r})"\n return __repr__': _c7aa35488fbe93fc,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(discovered={self.discovered!r}, finished={self.finished!r}, fetched={self.fetched!r}, linted={self.linted!r}, errors={self.errors!r}, skipped={self.skipped!r}, lang={self.lang!r}, quiet={self.quiet!r}, stream={self.stream!r}, started={self.started!r}, lock={self.lock!r}, _at_start={self._at_start!r}, _last={self._last!r}, _logged={self._logged!r})"\n return __repr__': _02fa6b9e976a2285,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(drawn={self.drawn!r}, pitch={self.pitch!r}, steps={self.steps!r})"\n return __repr__': _88cfdee8b5430620,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(enabled={self.enabled!r}, engine={self.engine!r}, table_seconds={self.table_seconds!r}, document_seconds={self.document_seconds!r}, progress={self.progress!r})"\n return __repr__': _12b72e0cc606de8b,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(expr={self.expr!r}, env={self.env!r}, rows={self.rows!r})"\n return __repr__': _ec01067a90f2e271,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(expr={self.expr!r}, for_={self.for_!r})"\n return __repr__': _5e05f685779b4aec,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(face={self.face!r}, quality={self.quality!r}, readings={self.readings!r})"\n return __repr__': _ab65716e4e84e092,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(font={self.font!r}, size={self.size!r}, bank={self.bank!r}, energy={self.energy!r}, box={self.box!r}, ox={self.ox!r}, oy={self.oy!r})"\n return __repr__': _00d37d4a9993b9d1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(format_id={self.format_id!r}, gtrid={self.gtrid!r}, bqual={self.bqual!r}, prepared={self.prepared!r}, owner={self.owner!r}, database={self.database!r})"\n return __repr__': _a059af5cbc3ddde1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(g={self.g!r}, digit={self.digit!r}, which={self.which!r})"\n return __repr__': _8b9db6d40b267e23,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(gray={self.gray!r}, ink={self.ink!r}, rules={self.rules!r}, grid={self.grid!r})"\n return __repr__': _7309411334aba8a4,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(holds={self.holds!r}, left={self.left!r}, right={self.right!r}, left_terms={self.left_terms!r}, right_terms={self.right_terms!r})"\n return __repr__': _b9c4f3f78f503679,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(horizontal={self.horizontal!r}, vertical={self.vertical!r}, mask={self.mask!r}, em={self.em!r})"\n return __repr__': _ae8ed86e0bf755b1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(host={self.host!r}, items={self.items!r}, options={self.options!r}, scopes={self.scopes!r}, robots={self.robots!r}, not_before={self.not_before!r}, known_docs={self.known_docs!r}, store={self.store!r}, wait={self.wait!r})"\n return __repr__': _7be7a85baa03b5be,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(host={self.host!r}, port={self.port!r})"\n return __repr__': _5737e2ff514297a3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(host={self.host!r}, writes={self.writes!r}, counts={self.counts!r}, touched={self.touched!r}, robots={self.robots!r}, ended={self.ended!r})"\n return __repr__': _e3102bd74475f912,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, loc={self.loc!r}, cells={self.cells!r}, rows={self.rows!r}, columns={self.columns!r}, extra_rows={self.extra_rows!r}, row_locs={self.row_locs!r}, unread_rows={self.unread_rows!r})"\n return __repr__': _775be243124dfa69,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, section={self.section!r}, layout={self.layout!r}, columns={self.columns!r}, rows={self.rows!r}, groups={self.groups!r})"\n return __repr__': _ce515a2297657587,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(image={self.image!r}, row={self.row!r}, col={self.col!r}, confidence={self.confidence!r}, read={self.read!r}, note={self.note!r})"\n return __repr__': _3c7c38afe46c4b0e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(info={self.info!r}, db={self.db!r}, user={self.user!r}, password={self.password!r}, host={self.host!r}, hostaddr={self.hostaddr!r}, port={self.port!r}, tty={self.tty!r}, options={self.options!r}, status={self.status!r}, transaction_status={self.transaction_status!r}, pipeline_status={self.pipeline_status!r}, error_message={self.error_message!r}, _encoding={self._encoding!r}, protocol_version={self.protocol_version!r}, full_protocol_version={self.full_protocol_version!r}, server_version={self.server_version!r}, backend_pid={self.backend_pid!r}, needs_password={self.needs_password!r}, used_password={self.used_password!r}, used_gssapi={self.used_gssapi!r}, ssl_in_use={self.ssl_in_use!r}, nonblocking={self.nonblocking!r}, notice_handler={self.notice_handler!r}, notify_handler={self.notify_handler!r})"\n return __repr__': _363fc4f0af623d9e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(info={self.info!r}, text={self.text!r}, problems={self.problems!r})"\n return __repr__': _4bf5e719ee1cb416,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ink={self.ink!r}, baseline={self.baseline!r})"\n return __repr__': _c57e4f3f93a23057,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, heading={self.heading!r}, match={self.match!r}, start_line={self.start_line!r}, end_line={self.end_line!r}, start={self.start!r}, end={self.end!r})"\n return __repr__': _5f89860994bb2883,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, aliases={self.aliases!r}, group={self.group!r}, kind={self.kind!r})"\n return __repr__': _bea0b246ca82a49a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, aliases={self.aliases!r}, ordinal={self.ordinal!r}, group={self.group!r}, block={self.block!r}, columns={self.columns!r})"\n return __repr__': _95a908a41e8f38fd,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, ordinal={self.ordinal!r})"\n return __repr__': _a3aff71c955cf6a0,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, ordinal={self.ordinal!r}, title={self.title!r}, variants={self.variants!r}, keywords={self.keywords!r}, long_forms={self.long_forms!r}, optional={self.optional!r})"\n return __repr__': _6a8593e65fc5e69d,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, pattern={self.pattern!r}, label={self.label!r})"\n return __repr__': _4f204c80fe7a99f5,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, target={self.target!r}, ordinal={self.ordinal!r})"\n return __repr__': _e4f397c9b079d837,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, envvar={self.envvar!r}, compiled={self.compiled!r})"\n return __repr__': _fcb769986785e5d1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, cells={self.cells!r}, level={self.level!r}, bold={self.bold!r}, table={self.table!r})"\n return __repr__': _9a994cde671ab400,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, labels={self.labels!r}, cells={self.cells!r}, top={self.top!r}, bands={self.bands!r})"\n return __repr__': _51ea0c5fc2318027,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, name={self.name!r}, data={self.data!r}, url={self.url!r}, lang={self.lang!r})"\n return __repr__': _28c02c87c3225a5c,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(label={self.label!r}, loc={self.loc!r}, values={self.values!r})"\n return __repr__': _97f1e5934aa801bf,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(label={self.label!r}, x0={self.x0!r}, x1={self.x1!r})"\n return __repr__': _f5a11f119a02893e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line={self.line!r}, column={self.column!r})"\n return __repr__': _0ac2fc8f60c90961,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line={self.line!r}, labels={self.labels!r}, values={self.values!r}, cells={self.cells!r}, index={self.index!r}, layout={self.layout!r}, tail={self.tail!r}, parts={self.parts!r}, above={self.above!r}, full={self.full!r})"\n return __repr__': _396104e6f901e23f,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, blocks={self.blocks!r})"\n return __repr__': _dfc6e48134d7023b,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, info={self.info!r}, head={self.head!r}, line_count={self.line_count!r}, problems={self.problems!r}, images={self.images!r}, original={self.original!r}, markers={self.markers!r})"\n return __repr__': _62b94cc6d02c1cba,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, pages={self.pages!r}, problems={self.problems!r}, ocr={self.ocr!r}, notes={self.notes!r}, hint={self.hint!r}, origins={self.origins!r})"\n return __repr__': _dd80063f05b7589a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, glyphs={self.glyphs!r}, room={self.room!r}, words={self.words!r}, sharpness={self.sharpness!r}, touches_border={self.touches_border!r})"\n return __repr__': _d5c0f8de26396ca9,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lo={self.lo!r}, hi={self.hi!r}, segments={self.segments!r}, virtual={self.virtual!r})"\n return __repr__': _990d086b32d58c2e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(loc={self.loc!r}, args={self.args!r}, where={self.where!r}, evidence={self.evidence!r}, severity={self.severity!r}, other={self.other!r}, message={self.message!r})"\n return __repr__': _3897e603fe41f6ce,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(max_bytes={self.max_bytes!r}, jobs={self.jobs!r}, loopback={self.loopback!r}, fetch_timeout={self.fetch_timeout!r})"\n return __repr__': _88efa5b2c8b2cc62,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(max_pixels={self.max_pixels!r}, max_side={self.max_side!r}, table_seconds={self.table_seconds!r}, page_seconds={self.page_seconds!r}, document_seconds={self.document_seconds!r})"\n return __repr__': _2339b306c596aeb7,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, format={self.format!r}, title={self.title!r}, format_markers={self.format_markers!r}, sections={self.sections!r}, tables={self.tables!r}, rules={self.rules!r}, path={self.path!r}, report={self.report!r}, bodies={self.bodies!r}, diagnosis={self.diagnosis!r})"\n return __repr__': _fb9a7d4c3b8d6bf8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, is_var={self.is_var!r})"\n return __repr__': _2a4f28901f5ec8cc,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, encoding={self.encoding!r}, sha256={self.sha256!r}, url={self.url!r}, published={self.published!r}, title={self.title!r})"\n return __repr__': _56fb34bf1314cd7b,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, listing_url={self.listing_url!r})"\n return __repr__': _b78d237bc49389d6,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, year={self.year!r}, status={self.status!r}, url={self.url!r}, published={self.published!r}, deadline={self.deadline!r}, days_late={self.days_late!r}, reason={self.reason!r}, listing_url={self.listing_url!r})"\n return __repr__': _2109fb608cc376c2,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, options={self.options!r}, args={self.args!r}, expression={self.expression!r}, across={self.across!r})"\n return __repr__': _7ed374af4b26e7a8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, parse={self.parse!r}, render={self.render!r}, read={self.read!r}, suffixes={self.suffixes!r}, content_types={self.content_types!r}, magic={self.magic!r}, magic_within={self.magic_within!r}, binary={self.binary!r}, in_folders={self.in_folders!r})"\n return __repr__': _74b103e92722c921,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, result={self.result!r}, note={self.note!r}, reader={self.reader!r})"\n return __repr__': _f731a30e62d1808a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, shapes={self.shapes!r}, advances={self.advances!r}, em={self.em!r}, pad={self.pad!r}, base={self.base!r}, top={self.top!r}, bottom={self.bottom!r})"\n return __repr__': _676328c303e42288,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(no={self.no!r}, kind={self.kind!r}, cells={self.cells!r}, md_level={self.md_level!r}, exact={self.exact!r})"\n return __repr__': _f686ac9c379c234c,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(op={self.op!r}, left={self.left!r}, right={self.right!r})"\n return __repr__': _9d2adf0a11af6cc3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pack={self.pack!r}, lang={self.lang!r}, color={self.color!r}, version={self.version!r})"\n return __repr__': _159a01552682776e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(per_host={self.per_host!r}, delay={self.delay!r}, concurrency={self.concurrency!r}, refetch={self.refetch!r}, respect_robots={self.respect_robots!r}, processes={self.processes!r}, time_limit={self.time_limit!r}, max_pages={self.max_pages!r}, start_method={self.start_method!r}, fetch={self.fetch!r}, lint={self.lint!r})"\n return __repr__': _54c945a477f4c4f1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(plus={self.plus!r}, minus={self.minus!r}, scaled={self.scaled!r}, const={self.const!r}, compare={self.compare!r})"\n return __repr__': _456e0505f26de05d,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(prose={self.prose!r}, spans={self.spans!r})"\n return __repr__': _60c33c09cd5b6085,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(queue={self.queue!r}, documents={self.documents!r}, reports={self.reports!r}, errors={self.errors!r}, warnings={self.warnings!r}, codes={self.codes!r}, cross_codes={self.cross_codes!r})"\n return __repr__': _f4bc0cb7308377b8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, line={self.line!r}, column={self.column!r}, end_column={self.end_column!r})"\n return __repr__': _6c0a6763be96b702,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, loc={self.loc!r})"\n return __repr__': _d252b9f7c2d51b4f,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(reports={self.reports!r}, pages={self.pages!r}, attachments={self.attachments!r})"\n return __repr__': _c6d1ed5702578393,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(result={self.result!r}, name={self.name!r}, kind={self.kind!r})"\n return __repr__': _d5905d8d226efab2,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(row={self.row!r}, col={self.col!r}, rowspan={self.rowspan!r}, colspan={self.colspan!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r})"\n return __repr__': _5990d2b568575de9,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(row={self.row!r}, col={self.col!r}, rowspan={self.rowspan!r}, colspan={self.colspan!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, kind={self.kind!r}, text={self.text!r}, confidence={self.confidence!r}, note={self.note!r})"\n return __repr__': _4b87d2cf9ff36529,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rule={self.rule!r}, text={self.text!r})"\n return __repr__': _55687a3a844b7781,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, notes={self.notes!r})"\n return __repr__': _83b3c37d87de3f22,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(says={self.says!r}, kind={self.kind!r}, documents={self.documents!r}, parents={self.parents!r})"\n return __repr__': _b1f7af3498422374,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(select={self.select!r}, ignore={self.ignore!r})"\n return __repr__': _498118111ed03dec,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(select={self.select!r}, ignore={self.ignore!r}, extend_select={self.extend_select!r}, per_file_ignores={self.per_file_ignores!r}, severity={self.severity!r}, fail_level={self.fail_level!r}, lang={self.lang!r}, rules={self.rules!r}, exclude={self.exclude!r}, file={self.file!r}, origins={self.origins!r})"\n return __repr__': _0d19aec500a6cfaa,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(selection={self.selection!r}, max_bytes={self.max_bytes!r}, published={self.published!r}, fetch={self.fetch!r}, packs={self.packs!r}, severity={self.severity!r}, debug={self.debug!r}, ocr={self.ocr!r})"\n return __repr__': _237d01d762fa8d27,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, document={self.document!r}, findings={self.findings!r}, notes={self.notes!r}, pack={self.pack!r})"\n return __repr__': _f483d5ceee85538c,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, headings={self.headings!r}, sections={self.sections!r}, paragraphs={self.paragraphs!r}, tables={self.tables!r}, format={self.format!r}, year={self.year!r}, agency={self.agency!r}, problems={self.problems!r}, line_count={self.line_count!r}, images={self.images!r}, line_pages={self.line_pages!r}, markers={self.markers!r}, shape={self.shape!r}, original={self.original!r}, line_origins={self.line_origins!r}, notes={self.notes!r}, ocr={self.ocr!r}, ocr_missing={self.ocr_missing!r})"\n return __repr__': _e8b801b276c0760d,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, line={self.line!r}, column={self.column!r}, end_line={self.end_line!r}, end_column={self.end_column!r}, page={self.page!r})"\n return __repr__': _9fe1da9e6dd01810,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, lines={self.lines!r}, tables={self.tables!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"\n return __repr__': _be02fe3892bc2f28,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, engine={self.engine!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"\n return __repr__': _e3e60d887a5cedd1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"\n return __repr__': _397dd2cdd6376177,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, errors={self.errors!r}, warnings={self.warnings!r}, infos={self.infos!r}, top={self.top!r}, page={self.page!r}, figures={self.figures!r})"\n return __repr__': _22ea383f04c86701,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, col={self.col!r}, qual={self.qual!r})"\n return __repr__': _093db60b4b20db4a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, col={self.col!r}, value={self.value!r}, qual={self.qual!r})"\n return __repr__': _3d053425e4bd7409,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, column={self.column!r}, section={self.section!r}, paragraph={self.paragraph!r}, quote={self.quote!r}, heading={self.heading!r}, page={self.page!r}, docx={self.docx!r}, image={self.image!r})"\n return __repr__': _1ba5f7b1f1635607,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, rows={self.rows!r}, cols={self.cols!r}, qual={self.qual!r})"\n return __repr__': _8aac4ac3e97583d7,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, confidence={self.confidence!r}, look={self.look!r})"\n return __repr__': _9538922a0ac0c78e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, encoding={self.encoding!r}, reason={self.reason!r})"\n return __repr__': _429b06286cf3c3ae,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, fit={self.fit!r}, margin={self.margin!r}, rival={self.rival!r}, sign={self.sign!r})"\n return __repr__': _83e97c532a64a490,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, left={self.left!r}, op={self.op!r}, right={self.right!r})"\n return __repr__': _40e061bbb0195fad,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, loc={self.loc!r})"\n return __repr__': _8f3d2102a2fa096f,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, ordinal={self.ordinal!r}, bold={self.bold!r}, line={self.line!r}, column={self.column!r}, end_column={self.end_column!r})"\n return __repr__': _f41aeae2280f8562,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, ordinal={self.ordinal!r}, system={self.system!r}, number={self.number!r}, level={self.level!r}, loc={self.loc!r})"\n return __repr__': _32ae9d4a97529f0a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, spot={self.spot!r})"\n return __repr__': _348635cf37e9e3e3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, start={self.start!r}, end={self.end!r})"\n return __repr__': _b8a1d708e45387f3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, starts={self.starts!r}, locs={self.locs!r})"\n return __repr__': _56f82b72b43badd8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, confidence={self.confidence!r})"\n return __repr__': _c214b39cab2e9878,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, confidence={self.confidence!r}, row={self.row!r}, col={self.col!r}, kind={self.kind!r})"\n return __repr__': _2e0e9db4463398c3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, loc={self.loc!r}, confidence={self.confidence!r})"\n return __repr__': _d0f6a8e068e84a32,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(texts={self.texts!r}, first={self.first!r})"\n return __repr__': _2a9dd5ec8927a4e0,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(top={self.top!r}, bottom={self.bottom!r}, left={self.left!r}, right={self.right!r}, parts={self.parts!r})"\n return __repr__': _ff17eec4bdbbdd29,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(tpl={self.tpl!r}, source={self.source!r}, cells={self.cells!r}, row_lines={self.row_lines!r}, extra={self.extra!r}, shape={self.shape!r}, glued={self.glued!r}, glued_rows={self.glued_rows!r}, unread={self.unread!r}, unplaced={self.unplaced!r}, notes={self.notes!r}, first={self.first!r}, taken={self.taken!r})"\n return __repr__': _b467963c959834e3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(type={self.type!r}, required={self.required!r}, default={self.default!r}, doc={self.doc!r})"\n return __repr__': _38cc5684129d50bd,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(type={self.type!r}, title={self.title!r}, body_markers={self.body_markers!r}, listing_link={self.listing_link!r}, formats={self.formats!r})"\n return __repr__': _ecfb6daa0f0b2ddf,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(url={self.url!r}, discovered_from={self.discovered_from!r}, agency={self.agency!r}, year={self.year!r}, published={self.published!r}, is_report={self.is_report!r}, http_status={self.http_status!r})"\n return __repr__': _e35c234c43e5993f,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(url={self.url!r}, kind={self.kind!r}, discovered_from={self.discovered_from!r}, state={self.state!r}, note={self.note!r}, note_zh={self.note_zh!r})"\n return __repr__': _1bdc6ba4b9e24f50,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r})"\n return __repr__': _8ee94bac4a9eb22c,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, expression={self.expression!r}, conversion={self.conversion!r}, format_spec={self.format_spec!r})"\n return __repr__': _43168a311bae900e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(widest={self.widest!r}, bare={self.bare!r}, start={self.start!r})"\n return __repr__': _75b771e84b76fb6e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(words={self.words!r})"\n return __repr__': _0583f54ef329ee26,
    "def __create_fn__(_type_as_of, _type_years, _type_rows, _type_findings, _type_unattributed, _type_queue, _type_documents, _type_reports, _type_roster, _type_pages, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _return_type):\n def __init__(self,as_of:_type_as_of,years:_type_years,rows:_type_rows,findings:_type_findings,unattributed:_type_unattributed,queue:_type_queue,documents:_type_documents,reports:_type_reports,roster:_type_roster,pages:_type_pages,lang:_type_lang=_dflt_lang)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)\n  __dataclass_builtins_object__.__setattr__(self,'years',years)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'unattributed',unattributed)\n  __dataclass_builtins_object__.__setattr__(self,'queue',queue)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n  __dataclass_builtins_object__.__setattr__(self,'reports',reports)\n  __dataclass_builtins_object__.__setattr__(self,'roster',roster)\n  __dataclass_builtins_object__.__setattr__(self,'pages',pages)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n return __init__": _514877ed50651436,
    'def __create_fn__(_type_blocks, _type_title, _type_meta, _type_attachments, _type_images, _type_image_refs, _type_body_found, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _dflt_title, _dflt_meta, _dflt_attachments, _dflt_images, _dflt_image_refs, _dflt_body_found, _dflt_problems, _return_type):\n def __init__(self,blocks:_type_blocks=_HAS_DEFAULT_FACTORY,title:_type_title=_dflt_title,meta:_type_meta=_HAS_DEFAULT_FACTORY,attachments:_type_attachments=_HAS_DEFAULT_FACTORY,images:_type_images=_HAS_DEFAULT_FACTORY,image_refs:_type_image_refs=_HAS_DEFAULT_FACTORY,body_found:_type_body_found=_dflt_body_found,problems:_type_problems=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks\n  self.title=title\n  self.meta=_dflt_meta() if meta is _HAS_DEFAULT_FACTORY else meta\n  self.attachments=_dflt_attachments() if attachments is _HAS_DEFAULT_FACTORY else attachments\n  self.images=_dflt_images() if images is _HAS_DEFAULT_FACTORY else images\n  self.image_refs=_dflt_image_refs() if image_refs is _HAS_DEFAULT_FACTORY else image_refs\n  self.body_found=body_found\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n return __init__': _4ca6c8f4b351c841,
    "def __create_fn__(_type_body, _type_year, _type_url, _type_code, _type_rule, _type_severity, _type_message, _type_place, _type_across, _type_other_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_across, _dflt_other_url, _return_type):\n def __init__(self,body:_type_body,year:_type_year,url:_type_url,code:_type_code,rule:_type_rule,severity:_type_severity,message:_type_message,place:_type_place,across:_type_across=_dflt_across,other_url:_type_other_url=_dflt_other_url)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'place',place)\n  __dataclass_builtins_object__.__setattr__(self,'across',across)\n  __dataclass_builtins_object__.__setattr__(self,'other_url',other_url)\n return __init__": _0b608f7b6122ffe7,
    "def __create_fn__(_type_by_kind, _type_pack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pack, _return_type):\n def __init__(self,by_kind:_type_by_kind,pack:_type_pack=_dflt_pack)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'by_kind',by_kind)\n  __dataclass_builtins_object__.__setattr__(self,'pack',pack)\n return __init__": _bb5c19c44c4cbb3b,
    "def __create_fn__(_type_cells, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,cells:_type_cells)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n return __init__": _233e2ace59106990,
    "def __create_fn__(_type_cells, _type_tokens, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,cells:_type_cells,tokens:_type_tokens)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)\n return __init__": _9894bc58885a4ea6,
    "def __create_fn__(_type_code, _type_args, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,code:_type_code,args:_type_args,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _d449947fedd94df3,
    "def __create_fn__(_type_code, _type_name, _type_kind, _type_severity, _type_summary, _type_message, _type_rationale, _type_for_, _type_expr, _type_options, _type_examples, _type_cases, _type_against, _type_applies, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_for_, _dflt_expr, _dflt_options, _dflt_examples, _dflt_cases, _dflt_against, _dflt_applies, _return_type):\n def __init__(self,code:_type_code,name:_type_name,kind:_type_kind,severity:_type_severity,summary:_type_summary,message:_type_message,rationale:_type_rationale,for_:_type_for_=_HAS_DEFAULT_FACTORY,expr:_type_expr=_dflt_expr,options:_type_options=_HAS_DEFAULT_FACTORY,examples:_type_examples=_HAS_DEFAULT_FACTORY,cases:_type_cases=_HAS_DEFAULT_FACTORY,against:_type_against=_dflt_against,applies:_type_applies=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'rationale',rationale)\n  __dataclass_builtins_object__.__setattr__(self,'for_',_dflt_for_() if for_ is _HAS_DEFAULT_FACTORY else for_)\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'options',_dflt_options() if options is _HAS_DEFAULT_FACTORY else options)\n  __dataclass_builtins_object__.__setattr__(self,'examples',_dflt_examples() if examples is _HAS_DEFAULT_FACTORY else examples)\n  __dataclass_builtins_object__.__setattr__(self,'cases',_dflt_cases() if cases is _HAS_DEFAULT_FACTORY else cases)\n  __dataclass_builtins_object__.__setattr__(self,'against',against)\n  __dataclass_builtins_object__.__setattr__(self,'applies',_dflt_applies() if applies is _HAS_DEFAULT_FACTORY else applies)\n return __init__": _ca5d4b3bbf3d8d13,
    "def __create_fn__(_type_code, _type_name, _type_severity, _type_args, _type_loc, _type_where, _type_evidence, _type_template, _type_fixes, _type_related, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _dflt_evidence, _dflt_template, _dflt_fixes, _dflt_related, _return_type):\n def __init__(self,code:_type_code,name:_type_name,severity:_type_severity,args:_type_args,loc:_type_loc,where:_type_where=_HAS_DEFAULT_FACTORY,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,template:_type_template=_dflt_template,fixes:_type_fixes=_dflt_fixes,related:_type_related=_dflt_related)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence)\n  __dataclass_builtins_object__.__setattr__(self,'template',template)\n  __dataclass_builtins_object__.__setattr__(self,'fixes',fixes)\n  __dataclass_builtins_object__.__setattr__(self,'related',related)\n return __init__": _5b52ed8446af5953,
    "def __create_fn__(_type_code, _type_residual, _type_coef, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,code:_type_code,residual:_type_residual,coef:_type_coef)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'residual',residual)\n  __dataclass_builtins_object__.__setattr__(self,'coef',coef)\n return __init__": _f2bd0e8f00a287fa,
    'def __create_fn__(_type_code, _type_zh, _type_en, _type_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_status, _return_type):\n def __init__(self,code:_type_code,zh:_type_zh,en:_type_en,status:_type_status=_dflt_status)->_return_type:\n  self.code=code\n  self.zh=zh\n  self.en=en\n  self.status=status\n return __init__': _77a53257c1174e29,
    'def __create_fn__(_type_codes, _type_first, _type_last, _type_loc, _type_used, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_used, _return_type):\n def __init__(self,codes:_type_codes,first:_type_first,last:_type_last,loc:_type_loc,used:_type_used=_dflt_used)->_return_type:\n  self.codes=codes\n  self.first=first\n  self.last=last\n  self.loc=loc\n  self.used=used\n return __init__': _fccae93be8c815cd,
    "def __create_fn__(_type_connect_timeout, _type_read_timeout, _type_deadline, _type_retries, _type_backoff, _type_max_redirects, _type_max_bytes, _type_verify_tls, _type_cache_dir, _type_allow_private, _type_images, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_connect_timeout, _dflt_read_timeout, _dflt_deadline, _dflt_retries, _dflt_backoff, _dflt_max_redirects, _dflt_max_bytes, _dflt_verify_tls, _dflt_cache_dir, _dflt_allow_private, _dflt_images, _return_type):\n def __init__(self,connect_timeout:_type_connect_timeout=_dflt_connect_timeout,read_timeout:_type_read_timeout=_dflt_read_timeout,deadline:_type_deadline=_dflt_deadline,retries:_type_retries=_dflt_retries,backoff:_type_backoff=_dflt_backoff,max_redirects:_type_max_redirects=_dflt_max_redirects,max_bytes:_type_max_bytes=_dflt_max_bytes,verify_tls:_type_verify_tls=_dflt_verify_tls,cache_dir:_type_cache_dir=_dflt_cache_dir,allow_private:_type_allow_private=_dflt_allow_private,images:_type_images=_dflt_images)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'connect_timeout',connect_timeout)\n  __dataclass_builtins_object__.__setattr__(self,'read_timeout',read_timeout)\n  __dataclass_builtins_object__.__setattr__(self,'deadline',deadline)\n  __dataclass_builtins_object__.__setattr__(self,'retries',retries)\n  __dataclass_builtins_object__.__setattr__(self,'backoff',backoff)\n  __dataclass_builtins_object__.__setattr__(self,'max_redirects',max_redirects)\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'verify_tls',verify_tls)\n  __dataclass_builtins_object__.__setattr__(self,'cache_dir',cache_dir)\n  __dataclass_builtins_object__.__setattr__(self,'allow_private',allow_private)\n  __dataclass_builtins_object__.__setattr__(self,'images',images)\n return __init__": _94eccb1d7b6d5e07,
    'def __create_fn__(_type_content_disposition, _type_field_name, _type_data, _type_file, _type_item_headers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_content_disposition, _dflt_field_name, _dflt_data, _dflt_file, _dflt_item_headers, _return_type):\n def __init__(self,content_disposition:_type_content_disposition=_dflt_content_disposition,field_name:_type_field_name=_dflt_field_name,data:_type_data=_HAS_DEFAULT_FACTORY,file:_type_file=_dflt_file,item_headers:_type_item_headers=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.content_disposition=content_disposition\n  self.field_name=field_name\n  self.data=_dflt_data() if data is _HAS_DEFAULT_FACTORY else data\n  self.file=file\n  self.item_headers=_dflt_item_headers() if item_headers is _HAS_DEFAULT_FACTORY else item_headers\n return __init__': _a4c916cbb43963ec,
    "def __create_fn__(_type_corpus, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,corpus:_type_corpus,doc:_type_doc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'corpus',corpus)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n return __init__": _76f34459d51201c5,
    "def __create_fn__(_type_count, _type_span, _type_percent, _type_percent_span, _type_sentence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_percent, _dflt_percent_span, _dflt_sentence, _return_type):\n def __init__(self,count:_type_count,span:_type_span,percent:_type_percent=_dflt_percent,percent_span:_type_percent_span=_dflt_percent_span,sentence:_type_sentence=_dflt_sentence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'percent_span',percent_span)\n  __dataclass_builtins_object__.__setattr__(self,'sentence',sentence)\n return __init__": _85968e54434b02af,
    "def __create_fn__(_type_data, _type_member, _type_texts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,data:_type_data,member:_type_member,texts:_type_texts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'member',member)\n  __dataclass_builtins_object__.__setattr__(self,'texts',texts)\n return __init__": _a83632551bcf413b,
    'def __create_fn__(_type_discovered, _type_finished, _type_fetched, _type_linted, _type_errors, _type_skipped, _type_lang, _type_quiet, _type_stream, _type_started, _type_lock, _type__at_start, _type__last, _type__logged, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_discovered, _dflt_finished, _dflt_fetched, _dflt_linted, _dflt_errors, _dflt_skipped, _dflt_lang, _dflt_quiet, _dflt_stream, _dflt_started, _dflt_lock, _dflt__at_start, _dflt__last, _dflt__logged, _return_type):\n def __init__(self,discovered:_type_discovered=_dflt_discovered,finished:_type_finished=_dflt_finished,fetched:_type_fetched=_dflt_fetched,linted:_type_linted=_dflt_linted,errors:_type_errors=_dflt_errors,skipped:_type_skipped=_dflt_skipped,lang:_type_lang=_dflt_lang,quiet:_type_quiet=_dflt_quiet,stream:_type_stream=_HAS_DEFAULT_FACTORY,started:_type_started=_HAS_DEFAULT_FACTORY,lock:_type_lock=_HAS_DEFAULT_FACTORY,_at_start:_type__at_start=_dflt__at_start,_last:_type__last=_dflt__last,_logged:_type__logged=_dflt__logged)->_return_type:\n  self.discovered=discovered\n  self.finished=finished\n  self.fetched=fetched\n  self.linted=linted\n  self.errors=errors\n  self.skipped=skipped\n  self.lang=lang\n  self.quiet=quiet\n  self.stream=_dflt_stream() if stream is _HAS_DEFAULT_FACTORY else stream\n  self.started=_dflt_started() if started is _HAS_DEFAULT_FACTORY else started\n  self.lock=_dflt_lock() if lock is _HAS_DEFAULT_FACTORY else lock\n  self._at_start=_at_start\n  self._last=_last\n  self._logged=_logged\n return __init__': _b2bca9e755962437,
    "def __create_fn__(_type_drawn, _type_pitch, _type_steps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,drawn:_type_drawn,pitch:_type_pitch,steps:_type_steps)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'drawn',drawn)\n  __dataclass_builtins_object__.__setattr__(self,'pitch',pitch)\n  __dataclass_builtins_object__.__setattr__(self,'steps',steps)\n return __init__": _6bc7605502b58556,
    "def __create_fn__(_type_enabled, _type_engine, _type_table_seconds, _type_document_seconds, _type_progress, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_enabled, _dflt_engine, _dflt_table_seconds, _dflt_document_seconds, _dflt_progress, _return_type):\n def __init__(self,enabled:_type_enabled=_dflt_enabled,engine:_type_engine=_dflt_engine,table_seconds:_type_table_seconds=_dflt_table_seconds,document_seconds:_type_document_seconds=_dflt_document_seconds,progress:_type_progress=_dflt_progress)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'enabled',enabled)\n  __dataclass_builtins_object__.__setattr__(self,'engine',engine)\n  __dataclass_builtins_object__.__setattr__(self,'table_seconds',table_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'document_seconds',document_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'progress',progress)\n return __init__": _ffcfa32ce37ccec8,
    "def __create_fn__(_type_expr, _type_env, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,expr:_type_expr,env:_type_env,rows:_type_rows)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'env',env)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n return __init__": _6d880579082682ef,
    "def __create_fn__(_type_expr, _type_for_, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,expr:_type_expr,for_:_type_for_)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'for_',for_)\n return __init__": _49c0b01a50fd960e,
    "def __create_fn__(_type_face, _type_quality, _type_readings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,face:_type_face,quality:_type_quality,readings:_type_readings)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'face',face)\n  __dataclass_builtins_object__.__setattr__(self,'quality',quality)\n  __dataclass_builtins_object__.__setattr__(self,'readings',readings)\n return __init__": _52fcfbc7abf02f25,
    "def __create_fn__(_type_font, _type_size, _type_bank, _type_energy, _type_box, _type_ox, _type_oy, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,font:_type_font,size:_type_size,bank:_type_bank,energy:_type_energy,box:_type_box,ox:_type_ox,oy:_type_oy)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'font',font)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'bank',bank)\n  __dataclass_builtins_object__.__setattr__(self,'energy',energy)\n  __dataclass_builtins_object__.__setattr__(self,'box',box)\n  __dataclass_builtins_object__.__setattr__(self,'ox',ox)\n  __dataclass_builtins_object__.__setattr__(self,'oy',oy)\n return __init__": _65a979ed8bc24395,
    "def __create_fn__(_type_format_id, _type_gtrid, _type_bqual, _type_prepared, _type_owner, _type_database, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prepared, _dflt_owner, _dflt_database, _return_type):\n def __init__(self,format_id:_type_format_id,gtrid:_type_gtrid,bqual:_type_bqual,prepared:_type_prepared=_dflt_prepared,owner:_type_owner=_dflt_owner,database:_type_database=_dflt_database)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'format_id',format_id)\n  __dataclass_builtins_object__.__setattr__(self,'gtrid',gtrid)\n  __dataclass_builtins_object__.__setattr__(self,'bqual',bqual)\n  __dataclass_builtins_object__.__setattr__(self,'prepared',prepared)\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n  __dataclass_builtins_object__.__setattr__(self,'database',database)\n return __init__": _2d0b1beb49e28677,
    "def __create_fn__(_type_g, _type_digit, _type_which, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,g:_type_g,digit:_type_digit,which:_type_which)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'g',g)\n  __dataclass_builtins_object__.__setattr__(self,'digit',digit)\n  __dataclass_builtins_object__.__setattr__(self,'which',which)\n return __init__": _2762b7b73fb592e8,
    "def __create_fn__(_type_gray, _type_ink, _type_rules, _type_grid, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,gray:_type_gray,ink:_type_ink,rules:_type_rules,grid:_type_grid)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'gray',gray)\n  __dataclass_builtins_object__.__setattr__(self,'ink',ink)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'grid',grid)\n return __init__": _32462831228c5b14,
    "def __create_fn__(_type_holds, _type_left, _type_right, _type_left_terms, _type_right_terms, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,holds:_type_holds,left:_type_left,right:_type_right,left_terms:_type_left_terms,right_terms:_type_right_terms)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'holds',holds)\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'right',right)\n  __dataclass_builtins_object__.__setattr__(self,'left_terms',left_terms)\n  __dataclass_builtins_object__.__setattr__(self,'right_terms',right_terms)\n return __init__": _8b2e563cbc980b90,
    "def __create_fn__(_type_horizontal, _type_vertical, _type_mask, _type_em, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,horizontal:_type_horizontal,vertical:_type_vertical,mask:_type_mask,em:_type_em)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'horizontal',horizontal)\n  __dataclass_builtins_object__.__setattr__(self,'vertical',vertical)\n  __dataclass_builtins_object__.__setattr__(self,'mask',mask)\n  __dataclass_builtins_object__.__setattr__(self,'em',em)\n return __init__": _b26a773ad47d5caa,
    "def __create_fn__(_type_host, _type_items, _type_options, _type_scopes, _type_robots, _type_not_before, _type_known_docs, _type_store, _type_wait, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_known_docs, _dflt_store, _dflt_wait, _return_type):\n def __init__(self,host:_type_host,items:_type_items,options:_type_options,scopes:_type_scopes,robots:_type_robots,not_before:_type_not_before,known_docs:_type_known_docs=_dflt_known_docs,store:_type_store=_dflt_store,wait:_type_wait=_dflt_wait)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'host',host)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n  __dataclass_builtins_object__.__setattr__(self,'scopes',scopes)\n  __dataclass_builtins_object__.__setattr__(self,'robots',robots)\n  __dataclass_builtins_object__.__setattr__(self,'not_before',not_before)\n  __dataclass_builtins_object__.__setattr__(self,'known_docs',known_docs)\n  __dataclass_builtins_object__.__setattr__(self,'store',store)\n  __dataclass_builtins_object__.__setattr__(self,'wait',wait)\n return __init__": _110229e888416f73,
    "def __create_fn__(_type_host, _type_port, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,host:_type_host,port:_type_port)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'host',host)\n  __dataclass_builtins_object__.__setattr__(self,'port',port)\n return __init__": _fb93bc4247000c6a,
    'def __create_fn__(_type_host, _type_writes, _type_counts, _type_touched, _type_robots, _type_ended, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_writes, _dflt_counts, _dflt_touched, _dflt_robots, _dflt_ended, _return_type):\n def __init__(self,host:_type_host,writes:_type_writes=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY,touched:_type_touched=_HAS_DEFAULT_FACTORY,robots:_type_robots=_HAS_DEFAULT_FACTORY,ended:_type_ended=_dflt_ended)->_return_type:\n  self.host=host\n  self.writes=_dflt_writes() if writes is _HAS_DEFAULT_FACTORY else writes\n  self.counts=_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts\n  self.touched=_dflt_touched() if touched is _HAS_DEFAULT_FACTORY else touched\n  self.robots=_dflt_robots() if robots is _HAS_DEFAULT_FACTORY else robots\n  self.ended=ended\n return __init__': _2e03ad6b1b4798bc,
    "def __create_fn__(_type_id, _type_loc, _type_cells, _type_rows, _type_columns, _type_extra_rows, _type_row_locs, _type_unread_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra_rows, _dflt_row_locs, _dflt_unread_rows, _return_type):\n def __init__(self,id:_type_id,loc:_type_loc,cells:_type_cells,rows:_type_rows,columns:_type_columns,extra_rows:_type_extra_rows=_dflt_extra_rows,row_locs:_type_row_locs=_HAS_DEFAULT_FACTORY,unread_rows:_type_unread_rows=_dflt_unread_rows)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'extra_rows',extra_rows)\n  __dataclass_builtins_object__.__setattr__(self,'row_locs',_dflt_row_locs() if row_locs is _HAS_DEFAULT_FACTORY else row_locs)\n  __dataclass_builtins_object__.__setattr__(self,'unread_rows',unread_rows)\n return __init__": _6096fdffcca81628,
    "def __create_fn__(_type_id, _type_title, _type_section, _type_layout, _type_columns, _type_rows, _type_groups, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_groups, _return_type):\n def __init__(self,id:_type_id,title:_type_title,section:_type_section,layout:_type_layout,columns:_type_columns,rows:_type_rows,groups:_type_groups=_dflt_groups)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'section',section)\n  __dataclass_builtins_object__.__setattr__(self,'layout',layout)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'groups',groups)\n return __init__": _aeba21eed04620e2,
    "def __create_fn__(_type_image, _type_row, _type_col, _type_confidence, _type_read, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_note, _return_type):\n def __init__(self,image:_type_image,row:_type_row,col:_type_col,confidence:_type_confidence,read:_type_read=_dflt_read,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'image',image)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'read',read)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__": _3e9cef4c2c527869,
    'def __create_fn__(_type_info, _type_db, _type_user, _type_password, _type_host, _type_hostaddr, _type_port, _type_tty, _type_options, _type_status, _type_transaction_status, _type_pipeline_status, _type_error_message, _type__encoding, _type_protocol_version, _type_full_protocol_version, _type_server_version, _type_backend_pid, _type_needs_password, _type_used_password, _type_used_gssapi, _type_ssl_in_use, _type_nonblocking, _type_notice_handler, _type_notify_handler, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_info, _dflt_db, _dflt_user, _dflt_password, _dflt_host, _dflt_hostaddr, _dflt_port, _dflt_tty, _dflt_options, _dflt_status, _dflt_transaction_status, _dflt_pipeline_status, _dflt_error_message, _dflt__encoding, _dflt_protocol_version, _dflt_full_protocol_version, _dflt_server_version, _dflt_backend_pid, _dflt_needs_password, _dflt_used_password, _dflt_used_gssapi, _dflt_ssl_in_use, _dflt_nonblocking, _dflt_notice_handler, _dflt_notify_handler, _return_type):\n def __init__(self,info:_type_info=_HAS_DEFAULT_FACTORY,db:_type_db=_dflt_db,user:_type_user=_dflt_user,password:_type_password=_dflt_password,host:_type_host=_dflt_host,hostaddr:_type_hostaddr=_dflt_hostaddr,port:_type_port=_dflt_port,tty:_type_tty=_dflt_tty,options:_type_options=_dflt_options,status:_type_status=_dflt_status,transaction_status:_type_transaction_status=_dflt_transaction_status,pipeline_status:_type_pipeline_status=_dflt_pipeline_status,error_message:_type_error_message=_dflt_error_message,_encoding:_type__encoding=_dflt__encoding,protocol_version:_type_protocol_version=_dflt_protocol_version,full_protocol_version:_type_full_protocol_version=_dflt_full_protocol_version,server_version:_type_server_version=_dflt_server_version,backend_pid:_type_backend_pid=_dflt_backend_pid,needs_password:_type_needs_password=_dflt_needs_password,used_password:_type_used_password=_dflt_used_password,used_gssapi:_type_used_gssapi=_dflt_used_gssapi,ssl_in_use:_type_ssl_in_use=_dflt_ssl_in_use,nonblocking:_type_nonblocking=_dflt_nonblocking,notice_handler:_type_notice_handler=_dflt_notice_handler,notify_handler:_type_notify_handler=_dflt_notify_handler)->_return_type:\n  self.info=_dflt_info() if info is _HAS_DEFAULT_FACTORY else info\n  self.db=db\n  self.user=user\n  self.password=password\n  self.host=host\n  self.hostaddr=hostaddr\n  self.port=port\n  self.tty=tty\n  self.options=options\n  self.status=status\n  self.transaction_status=transaction_status\n  self.pipeline_status=pipeline_status\n  self.error_message=error_message\n  self._encoding=_encoding\n  self.protocol_version=protocol_version\n  self.full_protocol_version=full_protocol_version\n  self.server_version=server_version\n  self.backend_pid=backend_pid\n  self.needs_password=needs_password\n  self.used_password=used_password\n  self.used_gssapi=used_gssapi\n  self.ssl_in_use=ssl_in_use\n  self.nonblocking=nonblocking\n  self.notice_handler=notice_handler\n  self.notify_handler=notify_handler\n return __init__': _849b054c34a7d8b3,
    "def __create_fn__(_type_info, _type_text, _type_problems, _type_raw, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_raw, _return_type):\n def __init__(self,info:_type_info,text:_type_text,problems:_type_problems=_dflt_problems,raw:_type_raw=_dflt_raw)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'info',info)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'problems',problems)\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n return __init__": _8ba80b1590be396e,
    "def __create_fn__(_type_ink, _type_baseline, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,ink:_type_ink,baseline:_type_baseline)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ink',ink)\n  __dataclass_builtins_object__.__setattr__(self,'baseline',baseline)\n return __init__": _4f911ddd95f7489a,
    "def __create_fn__(_type_key, _type_heading, _type_match, _type_start_line, _type_end_line, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_start, _dflt_end, _return_type):\n def __init__(self,key:_type_key,heading:_type_heading,match:_type_match,start_line:_type_start_line,end_line:_type_end_line,start:_type_start=_dflt_start,end:_type_end=_dflt_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'heading',heading)\n  __dataclass_builtins_object__.__setattr__(self,'match',match)\n  __dataclass_builtins_object__.__setattr__(self,'start_line',start_line)\n  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__": _9a763248579da4cb,
    "def __create_fn__(_type_key, _type_label, _type_aliases, _type_group, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_group, _dflt_kind, _return_type):\n def __init__(self,key:_type_key,label:_type_label,aliases:_type_aliases=_dflt_aliases,group:_type_group=_dflt_group,kind:_type_kind=_dflt_kind)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n return __init__": _a268bef16c047af1,
    "def __create_fn__(_type_key, _type_label, _type_aliases, _type_ordinal, _type_group, _type_block, _type_columns, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_ordinal, _dflt_group, _dflt_block, _dflt_columns, _return_type):\n def __init__(self,key:_type_key,label:_type_label,aliases:_type_aliases=_dflt_aliases,ordinal:_type_ordinal=_dflt_ordinal,group:_type_group=_dflt_group,block:_type_block=_dflt_block,columns:_type_columns=_dflt_columns)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'block',block)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n return __init__": _ee05d1e51997c64f,
    "def __create_fn__(_type_key, _type_label, _type_ordinal, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ordinal, _return_type):\n def __init__(self,key:_type_key,label:_type_label,ordinal:_type_ordinal=_dflt_ordinal)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n return __init__": _450bd02d7437af28,
    "def __create_fn__(_type_key, _type_ordinal, _type_title, _type_variants, _type_keywords, _type_long_forms, _type_optional, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_variants, _dflt_keywords, _dflt_long_forms, _dflt_optional, _return_type):\n def __init__(self,key:_type_key,ordinal:_type_ordinal,title:_type_title,variants:_type_variants=_dflt_variants,keywords:_type_keywords=_dflt_keywords,long_forms:_type_long_forms=_dflt_long_forms,optional:_type_optional=_dflt_optional)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'variants',variants)\n  __dataclass_builtins_object__.__setattr__(self,'keywords',keywords)\n  __dataclass_builtins_object__.__setattr__(self,'long_forms',long_forms)\n  __dataclass_builtins_object__.__setattr__(self,'optional',optional)\n return __init__": _6c023d8307334fb0,
    "def __create_fn__(_type_key, _type_pattern, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,pattern:_type_pattern,label:_type_label)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n return __init__": _4a974e8b6d806812,
    "def __create_fn__(_type_key, _type_target, _type_ordinal, _type_matcher, _type_counts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_matcher, _dflt_counts, _return_type):\n def __init__(self,key:_type_key,target:_type_target,ordinal:_type_ordinal,matcher:_type_matcher=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'matcher',_dflt_matcher() if matcher is _HAS_DEFAULT_FACTORY else matcher)\n  __dataclass_builtins_object__.__setattr__(self,'counts',_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts)\n return __init__": _bb7995715b64d390,
    'def __create_fn__(_type_keyword, _type_envvar, _type_compiled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,keyword:_type_keyword,envvar:_type_envvar,compiled:_type_compiled)->_return_type:\n  self.keyword=keyword\n  self.envvar=envvar\n  self.compiled=compiled\n return __init__': _24e79327c0f0ecb2,
    "def __create_fn__(_type_kind, _type_cells, _type_level, _type_bold, _type_table, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_level, _dflt_bold, _dflt_table, _return_type):\n def __init__(self,kind:_type_kind,cells:_type_cells,level:_type_level=_dflt_level,bold:_type_bold=_dflt_bold,table:_type_table=_dflt_table)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'bold',bold)\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n return __init__": _73f8e876e1743fa1,
    "def __create_fn__(_type_kind, _type_labels, _type_cells, _type_top, _type_bands, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,kind:_type_kind,labels:_type_labels,cells:_type_cells,top:_type_top,bands:_type_bands)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'labels',labels)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n return __init__": _eb4f5a68d179795d,
    "def __create_fn__(_type_kind, _type_name, _type_data, _type_url, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_data, _dflt_url, _dflt_lang, _return_type):\n def __init__(self,kind:_type_kind,name:_type_name,data:_type_data=_dflt_data,url:_type_url=_dflt_url,lang:_type_lang=_dflt_lang)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n return __init__": _fde20b96f1090128,
    "def __create_fn__(_type_label, _type_loc, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _return_type):\n def __init__(self,label:_type_label,loc:_type_loc,values:_type_values=_dflt_values)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n return __init__": _617e2049df521bc7,
    "def __create_fn__(_type_label, _type_x0, _type_x1, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):\n def __init__(self,label:_type_label,x0:_type_x0,x1:_type_x1,words:_type_words=_dflt_words)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n return __init__": _c79e6ad308fe0093,
    "def __create_fn__(_type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,line:_type_line,column:_type_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n return __init__": _be5c4351c61716e2,
    "def __create_fn__(_type_line, _type_labels, _type_values, _type_cells, _type_index, _type_layout, _type_tail, _type_parts, _type_above, _type_full, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_index, _dflt_layout, _dflt_tail, _dflt_parts, _dflt_above, _dflt_full, _return_type):\n def __init__(self,line:_type_line,labels:_type_labels,values:_type_values,cells:_type_cells,index:_type_index=_dflt_index,layout:_type_layout=_dflt_layout,tail:_type_tail=_dflt_tail,parts:_type_parts=_dflt_parts,above:_type_above=_dflt_above,full:_type_full=_dflt_full)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'labels',labels)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'layout',layout)\n  __dataclass_builtins_object__.__setattr__(self,'tail',tail)\n  __dataclass_builtins_object__.__setattr__(self,'parts',parts)\n  __dataclass_builtins_object__.__setattr__(self,'above',above)\n  __dataclass_builtins_object__.__setattr__(self,'full',full)\n return __init__": _4d96c9bed03cf864,
    "def __create_fn__(_type_lines, _type_blocks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_blocks, _return_type):\n def __init__(self,lines:_type_lines=_dflt_lines,blocks:_type_blocks=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'blocks',_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks)\n return __init__": _2dc9fca955b2ea3c,
    'def __create_fn__(_type_lines, _type_info, _type_head, _type_line_count, _type_problems, _type_images, _type_original, _type_markers, _type__rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_images, _dflt_original, _dflt_markers, _dflt__rows, _return_type):\n def __init__(self,lines:_type_lines,info:_type_info,head:_type_head,line_count:_type_line_count,problems:_type_problems=_dflt_problems,images:_type_images=_dflt_images,original:_type_original=_dflt_original,markers:_type_markers=_dflt_markers,_rows:_type__rows=_dflt__rows)->_return_type:\n  self.lines=lines\n  self.info=info\n  self.head=head\n  self.line_count=line_count\n  self.problems=problems\n  self.images=images\n  self.original=original\n  self.markers=markers\n  self._rows=_rows\n return __init__': _7e43745679279a45,
    'def __create_fn__(_type_lines, _type_pages, _type_problems, _type_ocr, _type_notes, _type_hint, _type_origins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_pages, _dflt_problems, _dflt_ocr, _dflt_notes, _dflt_hint, _dflt_origins, _return_type):\n def __init__(self,lines:_type_lines=_HAS_DEFAULT_FACTORY,pages:_type_pages=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,ocr:_type_ocr=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,hint:_type_hint=_dflt_hint,origins:_type_origins=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n  self.pages=_dflt_pages() if pages is _HAS_DEFAULT_FACTORY else pages\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n  self.ocr=_dflt_ocr() if ocr is _HAS_DEFAULT_FACTORY else ocr\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n  self.hint=hint\n  self.origins=_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins\n return __init__': _f2880f72cf3e6569,
    "def __create_fn__(_type_lines, _type_x0, _type_x1, _type_top, _type_bottom, _type_glyphs, _type_room, _type_words, _type_sharpness, _type_touches_border, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,lines:_type_lines,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,glyphs:_type_glyphs,room:_type_room,words:_type_words,sharpness:_type_sharpness,touches_border:_type_touches_border)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'glyphs',glyphs)\n  __dataclass_builtins_object__.__setattr__(self,'room',room)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n  __dataclass_builtins_object__.__setattr__(self,'sharpness',sharpness)\n  __dataclass_builtins_object__.__setattr__(self,'touches_border',touches_border)\n return __init__": _a3a5c0dfdd875734,
    "def __create_fn__(_type_lo, _type_hi, _type_segments, _type_virtual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_virtual, _return_type):\n def __init__(self,lo:_type_lo,hi:_type_hi,segments:_type_segments,virtual:_type_virtual=_dflt_virtual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lo',lo)\n  __dataclass_builtins_object__.__setattr__(self,'hi',hi)\n  __dataclass_builtins_object__.__setattr__(self,'segments',segments)\n  __dataclass_builtins_object__.__setattr__(self,'virtual',virtual)\n return __init__": _94ab675ccf9b6418,
    "def __create_fn__(_type_loc, _type_args, _type_where, _type_evidence, _type_severity, _type_other, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _dflt_evidence, _dflt_severity, _dflt_other, _dflt_message, _return_type):\n def __init__(self,loc:_type_loc,args:_type_args,where:_type_where=_HAS_DEFAULT_FACTORY,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,severity:_type_severity=_dflt_severity,other:_type_other=_dflt_other,message:_type_message=_dflt_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'other',other)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__": _e019f16977d58d6d,
    "def __create_fn__(_type_max_bytes, _type_jobs, _type_loopback, _type_fetch_timeout, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_bytes, _dflt_jobs, _dflt_loopback, _dflt_fetch_timeout, _return_type):\n def __init__(self,max_bytes:_type_max_bytes=_dflt_max_bytes,jobs:_type_jobs=_dflt_jobs,loopback:_type_loopback=_dflt_loopback,fetch_timeout:_type_fetch_timeout=_dflt_fetch_timeout)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)\n  __dataclass_builtins_object__.__setattr__(self,'loopback',loopback)\n  __dataclass_builtins_object__.__setattr__(self,'fetch_timeout',fetch_timeout)\n return __init__": _1915103d7e38ffdb,
    "def __create_fn__(_type_max_pixels, _type_max_side, _type_table_seconds, _type_page_seconds, _type_document_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_pixels, _dflt_max_side, _dflt_table_seconds, _dflt_page_seconds, _dflt_document_seconds, _return_type):\n def __init__(self,max_pixels:_type_max_pixels=_dflt_max_pixels,max_side:_type_max_side=_dflt_max_side,table_seconds:_type_table_seconds=_dflt_table_seconds,page_seconds:_type_page_seconds=_dflt_page_seconds,document_seconds:_type_document_seconds=_dflt_document_seconds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'max_pixels',max_pixels)\n  __dataclass_builtins_object__.__setattr__(self,'max_side',max_side)\n  __dataclass_builtins_object__.__setattr__(self,'table_seconds',table_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'page_seconds',page_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'document_seconds',document_seconds)\n return __init__": _e2e98100c4dcdd45,
    "def __create_fn__(_type_name, _type_format, _type_title, _type_format_markers, _type_sections, _type_tables, _type_rules, _type_path, _type_report, _type_bodies, _type_diagnosis, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_report, _dflt_bodies, _dflt_diagnosis, _return_type):\n def __init__(self,name:_type_name,format:_type_format,title:_type_title,format_markers:_type_format_markers,sections:_type_sections,tables:_type_tables,rules:_type_rules,path:_type_path,report:_type_report=_dflt_report,bodies:_type_bodies=_dflt_bodies,diagnosis:_type_diagnosis=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'format',format)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'format_markers',format_markers)\n  __dataclass_builtins_object__.__setattr__(self,'sections',sections)\n  __dataclass_builtins_object__.__setattr__(self,'tables',tables)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'report',report)\n  __dataclass_builtins_object__.__setattr__(self,'bodies',bodies)\n  __dataclass_builtins_object__.__setattr__(self,'diagnosis',_dflt_diagnosis() if diagnosis is _HAS_DEFAULT_FACTORY else diagnosis)\n return __init__": _4717fb23828c1476,
    "def __create_fn__(_type_name, _type_is_var, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,is_var:_type_is_var)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'is_var',is_var)\n return __init__": _ad1a9db790fe23ad,
    "def __create_fn__(_type_name, _type_kind, _type_encoding, _type_sha256, _type_url, _type_published, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_encoding, _dflt_sha256, _dflt_url, _dflt_published, _dflt_title, _return_type):\n def __init__(self,name:_type_name,kind:_type_kind,encoding:_type_encoding=_dflt_encoding,sha256:_type_sha256=_dflt_sha256,url:_type_url=_dflt_url,published:_type_published=_dflt_published,title:_type_title=_dflt_title)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n return __init__": _5a006813c16a5ba8,
    "def __create_fn__(_type_name, _type_level, _type_parent, _type_listing_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_parent, _dflt_listing_url, _return_type):\n def __init__(self,name:_type_name,level:_type_level,parent:_type_parent=_dflt_parent,listing_url:_type_listing_url=_dflt_listing_url)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'parent',parent)\n  __dataclass_builtins_object__.__setattr__(self,'listing_url',listing_url)\n return __init__": _f6c65a6d3609f743,
    "def __create_fn__(_type_name, _type_level, _type_parent, _type_year, _type_status, _type_url, _type_published, _type_deadline, _type_days_late, _type_reason, _type_listing_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_url, _dflt_published, _dflt_deadline, _dflt_days_late, _dflt_reason, _dflt_listing_url, _return_type):\n def __init__(self,name:_type_name,level:_type_level,parent:_type_parent,year:_type_year,status:_type_status,url:_type_url=_dflt_url,published:_type_published=_dflt_published,deadline:_type_deadline=_dflt_deadline,days_late:_type_days_late=_dflt_days_late,reason:_type_reason=_dflt_reason,listing_url:_type_listing_url=_dflt_listing_url)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'parent',parent)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'deadline',deadline)\n  __dataclass_builtins_object__.__setattr__(self,'days_late',days_late)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'listing_url',listing_url)\n return __init__": _0e957e9b02dce52e,
    "def __create_fn__(_type_name, _type_options, _type_args, _type_expression, _type_across, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_args, _dflt_expression, _dflt_across, _return_type):\n def __init__(self,name:_type_name,options:_type_options=_HAS_DEFAULT_FACTORY,args:_type_args=_dflt_args,expression:_type_expression=_dflt_expression,across:_type_across=_dflt_across)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'options',_dflt_options() if options is _HAS_DEFAULT_FACTORY else options)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'expression',expression)\n  __dataclass_builtins_object__.__setattr__(self,'across',across)\n return __init__": _65391d3a1ce1923b,
    "def __create_fn__(_type_name, _type_parse, _type_render, _type_read, _type_suffixes, _type_content_types, _type_magic, _type_magic_within, _type_binary, _type_in_folders, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_suffixes, _dflt_content_types, _dflt_magic, _dflt_magic_within, _dflt_binary, _dflt_in_folders, _return_type):\n def __init__(self,name:_type_name,parse:_type_parse,render:_type_render,read:_type_read=_dflt_read,suffixes:_type_suffixes=_dflt_suffixes,content_types:_type_content_types=_dflt_content_types,magic:_type_magic=_dflt_magic,magic_within:_type_magic_within=_dflt_magic_within,binary:_type_binary=_dflt_binary,in_folders:_type_in_folders=_dflt_in_folders)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'parse',parse)\n  __dataclass_builtins_object__.__setattr__(self,'render',render)\n  __dataclass_builtins_object__.__setattr__(self,'read',read)\n  __dataclass_builtins_object__.__setattr__(self,'suffixes',suffixes)\n  __dataclass_builtins_object__.__setattr__(self,'content_types',content_types)\n  __dataclass_builtins_object__.__setattr__(self,'magic',magic)\n  __dataclass_builtins_object__.__setattr__(self,'magic_within',magic_within)\n  __dataclass_builtins_object__.__setattr__(self,'binary',binary)\n  __dataclass_builtins_object__.__setattr__(self,'in_folders',in_folders)\n return __init__": _aadd603068de23dd,
    "def __create_fn__(_type_name, _type_result, _type_note, _type_reader, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_result, _dflt_note, _dflt_reader, _return_type):\n def __init__(self,name:_type_name,result:_type_result=_dflt_result,note:_type_note=_dflt_note,reader:_type_reader=_dflt_reader)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'result',result)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'reader',reader)\n return __init__": _c34bde7617c4bf7a,
    "def __create_fn__(_type_name, _type_shapes, _type_advances, _type_em, _type_pad, _type_base, _type_top, _type_bottom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,shapes:_type_shapes,advances:_type_advances,em:_type_em,pad:_type_pad,base:_type_base,top:_type_top,bottom:_type_bottom)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'shapes',shapes)\n  __dataclass_builtins_object__.__setattr__(self,'advances',advances)\n  __dataclass_builtins_object__.__setattr__(self,'em',em)\n  __dataclass_builtins_object__.__setattr__(self,'pad',pad)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n return __init__": _a8afe10f3641df26,
    "def __create_fn__(_type_no, _type_kind, _type_cells, _type_md_level, _type_exact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_md_level, _dflt_exact, _return_type):\n def __init__(self,no:_type_no,kind:_type_kind,cells:_type_cells,md_level:_type_md_level=_dflt_md_level,exact:_type_exact=_dflt_exact)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'no',no)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'md_level',md_level)\n  __dataclass_builtins_object__.__setattr__(self,'exact',exact)\n return __init__": _8910516728500096,
    "def __create_fn__(_type_op, _type_left, _type_right, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,op:_type_op,left:_type_left,right:_type_right)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'right',right)\n return __init__": _f2bf5f0d7d019296,
    "def __create_fn__(_type_pack, _type_lang, _type_color, _type_version, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _dflt_color, _dflt_version, _return_type):\n def __init__(self,pack:_type_pack,lang:_type_lang=_dflt_lang,color:_type_color=_dflt_color,version:_type_version=_dflt_version)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'pack',pack)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n return __init__": _d7d790b1b57f8e67,
    'def __create_fn__(_type_per_host, _type_delay, _type_concurrency, _type_refetch, _type_respect_robots, _type_processes, _type_time_limit, _type_max_pages, _type_start_method, _type_fetch, _type_lint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_per_host, _dflt_delay, _dflt_concurrency, _dflt_refetch, _dflt_respect_robots, _dflt_processes, _dflt_time_limit, _dflt_max_pages, _dflt_start_method, _dflt_fetch, _dflt_lint, _return_type):\n def __init__(self,per_host:_type_per_host=_dflt_per_host,delay:_type_delay=_dflt_delay,concurrency:_type_concurrency=_dflt_concurrency,refetch:_type_refetch=_dflt_refetch,respect_robots:_type_respect_robots=_dflt_respect_robots,processes:_type_processes=_dflt_processes,time_limit:_type_time_limit=_dflt_time_limit,max_pages:_type_max_pages=_dflt_max_pages,start_method:_type_start_method=_dflt_start_method,fetch:_type_fetch=_HAS_DEFAULT_FACTORY,lint:_type_lint=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.per_host=per_host\n  self.delay=delay\n  self.concurrency=concurrency\n  self.refetch=refetch\n  self.respect_robots=respect_robots\n  self.processes=processes\n  self.time_limit=time_limit\n  self.max_pages=max_pages\n  self.start_method=start_method\n  self.fetch=_dflt_fetch() if fetch is _HAS_DEFAULT_FACTORY else fetch\n  self.lint=_dflt_lint() if lint is _HAS_DEFAULT_FACTORY else lint\n return __init__': _bb68519ade6266d8,
    "def __create_fn__(_type_plus, _type_minus, _type_scaled, _type_const, _type_compare, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,plus:_type_plus,minus:_type_minus,scaled:_type_scaled,const:_type_const,compare:_type_compare)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'plus',plus)\n  __dataclass_builtins_object__.__setattr__(self,'minus',minus)\n  __dataclass_builtins_object__.__setattr__(self,'scaled',scaled)\n  __dataclass_builtins_object__.__setattr__(self,'const',const)\n  __dataclass_builtins_object__.__setattr__(self,'compare',compare)\n return __init__": _8e40f34aa7b4d7d2,
    "def __create_fn__(_type_prose, _type_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,prose:_type_prose,spans:_type_spans)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'prose',prose)\n  __dataclass_builtins_object__.__setattr__(self,'spans',spans)\n return __init__": _a07aee7f7ecdf577,
    "def __create_fn__(_type_queue, _type_documents, _type_reports, _type_errors, _type_warnings, _type_codes, _type_cross_codes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,queue:_type_queue,documents:_type_documents,reports:_type_reports,errors:_type_errors,warnings:_type_warnings,codes:_type_codes,cross_codes:_type_cross_codes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'queue',queue)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n  __dataclass_builtins_object__.__setattr__(self,'reports',reports)\n  __dataclass_builtins_object__.__setattr__(self,'errors',errors)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)\n  __dataclass_builtins_object__.__setattr__(self,'codes',codes)\n  __dataclass_builtins_object__.__setattr__(self,'cross_codes',cross_codes)\n return __init__": _61029b308eecfd19,
    "def __create_fn__(_type_raw, _type_kind, _type_value, _type_line, _type_column, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,raw:_type_raw,kind:_type_kind,value:_type_value,line:_type_line,column:_type_column,end_column:_type_end_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)\n return __init__": _24bb85b244dd4245,
    "def __create_fn__(_type_raw, _type_kind, _type_value, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,raw:_type_raw,kind:_type_kind,value:_type_value,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _e8d82f6da20deda7,
    "def __create_fn__(_type_reports, _type_pages, _type_attachments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,reports:_type_reports,pages:_type_pages,attachments:_type_attachments)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'reports',reports)\n  __dataclass_builtins_object__.__setattr__(self,'pages',pages)\n  __dataclass_builtins_object__.__setattr__(self,'attachments',attachments)\n return __init__": _dbb965488f8da8c7,
    'def __create_fn__(_type_result, _type_name, _type_data, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_data, _dflt_kind, _return_type):\n def __init__(self,result:_type_result,name:_type_name,data:_type_data=_dflt_data,kind:_type_kind=_dflt_kind)->_return_type:\n  self.result=result\n  self.name=name\n  self.data=data\n  self.kind=kind\n return __init__': _148c988a1c9ca1e4,
    "def __create_fn__(_type_row, _type_col, _type_rowspan, _type_colspan, _type_x0, _type_x1, _type_top, _type_bottom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,row:_type_row,col:_type_col,rowspan:_type_rowspan,colspan:_type_colspan,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'rowspan',rowspan)\n  __dataclass_builtins_object__.__setattr__(self,'colspan',colspan)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n return __init__": _57b78a78857aee2d,
    "def __create_fn__(_type_row, _type_col, _type_rowspan, _type_colspan, _type_x0, _type_x1, _type_top, _type_bottom, _type_kind, _type_text, _type_confidence, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_confidence, _dflt_note, _return_type):\n def __init__(self,row:_type_row,col:_type_col,rowspan:_type_rowspan,colspan:_type_colspan,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,kind:_type_kind,text:_type_text=_dflt_text,confidence:_type_confidence=_dflt_confidence,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'rowspan',rowspan)\n  __dataclass_builtins_object__.__setattr__(self,'colspan',colspan)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__": _e641bfff359b0ed6,
    "def __create_fn__(_type_rule, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,rule:_type_rule,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__": _f5d8a95b4e9e75e9,
    "def __create_fn__(_type_ruled, _type_columns, _type_rows, _type_cells, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _return_type):\n def __init__(self,ruled:_type_ruled,columns:_type_columns,rows:_type_rows,cells:_type_cells,notes:_type_notes=_dflt_notes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ruled',ruled)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n return __init__": _6ae4be8c083ddfd4,
    "def __create_fn__(_type_says, _type_kind, _type_documents, _type_parents, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_documents, _dflt_parents, _return_type):\n def __init__(self,says:_type_says,kind:_type_kind=_dflt_kind,documents:_type_documents=_dflt_documents,parents:_type_parents=_dflt_parents)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'says',says)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n  __dataclass_builtins_object__.__setattr__(self,'parents',parents)\n return __init__": _0f3d8c06414b1c3c,
    "def __create_fn__(_type_select, _type_ignore, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_select, _dflt_ignore, _return_type):\n def __init__(self,select:_type_select=_dflt_select,ignore:_type_ignore=_dflt_ignore)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'select',select)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n return __init__": _8f2495917f4437bd,
    "def __create_fn__(_type_select, _type_ignore, _type_extend_select, _type_per_file_ignores, _type_severity, _type_fail_level, _type_lang, _type_rules, _type_exclude, _type_file, _type_origins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_select, _dflt_ignore, _dflt_extend_select, _dflt_per_file_ignores, _dflt_severity, _dflt_fail_level, _dflt_lang, _dflt_rules, _dflt_exclude, _dflt_file, _dflt_origins, _return_type):\n def __init__(self,select:_type_select=_dflt_select,ignore:_type_ignore=_dflt_ignore,extend_select:_type_extend_select=_dflt_extend_select,per_file_ignores:_type_per_file_ignores=_dflt_per_file_ignores,severity:_type_severity=_dflt_severity,fail_level:_type_fail_level=_dflt_fail_level,lang:_type_lang=_dflt_lang,rules:_type_rules=_dflt_rules,exclude:_type_exclude=_dflt_exclude,file:_type_file=_dflt_file,origins:_type_origins=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'select',select)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n  __dataclass_builtins_object__.__setattr__(self,'extend_select',extend_select)\n  __dataclass_builtins_object__.__setattr__(self,'per_file_ignores',per_file_ignores)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'fail_level',fail_level)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'exclude',exclude)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'origins',_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins)\n return __init__": _86196ec1313fd9f9,
    "def __create_fn__(_type_selection, _type_max_bytes, _type_published, _type_fetch, _type_packs, _type_severity, _type_debug, _type_ocr, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_selection, _dflt_max_bytes, _dflt_published, _dflt_fetch, _dflt_packs, _dflt_severity, _dflt_debug, _dflt_ocr, _return_type):\n def __init__(self,selection:_type_selection=_HAS_DEFAULT_FACTORY,max_bytes:_type_max_bytes=_dflt_max_bytes,published:_type_published=_dflt_published,fetch:_type_fetch=_dflt_fetch,packs:_type_packs=_dflt_packs,severity:_type_severity=_dflt_severity,debug:_type_debug=_dflt_debug,ocr:_type_ocr=_dflt_ocr)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'selection',_dflt_selection() if selection is _HAS_DEFAULT_FACTORY else selection)\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'fetch',fetch)\n  __dataclass_builtins_object__.__setattr__(self,'packs',packs)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'debug',debug)\n  __dataclass_builtins_object__.__setattr__(self,'ocr',ocr)\n return __init__": _ef5bb216fb538183,
    "def __create_fn__(_type_source, _type_document, _type_findings, _type_notes, _type_pack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_pack, _return_type):\n def __init__(self,source:_type_source,document:_type_document,findings:_type_findings,notes:_type_notes=_dflt_notes,pack:_type_pack=_dflt_pack)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'document',document)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'pack',pack)\n return __init__": _5a426b170523dcbe,
    "def __create_fn__(_type_source, _type_headings, _type_sections, _type_paragraphs, _type_tables, _type_format, _type_year, _type_agency, _type_problems, _type_line_count, _type_images, _type_line_pages, _type_markers, _type_shape, _type_original, _type_line_origins, _type_notes, _type_ocr, _type_ocr_missing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_line_count, _dflt_images, _dflt_line_pages, _dflt_markers, _dflt_shape, _dflt_original, _dflt_line_origins, _dflt_notes, _dflt_ocr, _dflt_ocr_missing, _return_type):\n def __init__(self,source:_type_source,headings:_type_headings,sections:_type_sections,paragraphs:_type_paragraphs,tables:_type_tables,format:_type_format,year:_type_year,agency:_type_agency,problems:_type_problems=_dflt_problems,line_count:_type_line_count=_dflt_line_count,images:_type_images=_dflt_images,line_pages:_type_line_pages=_dflt_line_pages,markers:_type_markers=_HAS_DEFAULT_FACTORY,shape:_type_shape=_HAS_DEFAULT_FACTORY,original:_type_original=_dflt_original,line_origins:_type_line_origins=_dflt_line_origins,notes:_type_notes=_dflt_notes,ocr:_type_ocr=_HAS_DEFAULT_FACTORY,ocr_missing:_type_ocr_missing=_dflt_ocr_missing)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'headings',headings)\n  __dataclass_builtins_object__.__setattr__(self,'sections',sections)\n  __dataclass_builtins_object__.__setattr__(self,'paragraphs',paragraphs)\n  __dataclass_builtins_object__.__setattr__(self,'tables',tables)\n  __dataclass_builtins_object__.__setattr__(self,'format',format)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'agency',agency)\n  __dataclass_builtins_object__.__setattr__(self,'problems',problems)\n  __dataclass_builtins_object__.__setattr__(self,'line_count',line_count)\n  __dataclass_builtins_object__.__setattr__(self,'images',images)\n  __dataclass_builtins_object__.__setattr__(self,'line_pages',line_pages)\n  __dataclass_builtins_object__.__setattr__(self,'markers',_dflt_markers() if markers is _HAS_DEFAULT_FACTORY else markers)\n  __dataclass_builtins_object__.__setattr__(self,'shape',_dflt_shape() if shape is _HAS_DEFAULT_FACTORY else shape)\n  __dataclass_builtins_object__.__setattr__(self,'original',original)\n  __dataclass_builtins_object__.__setattr__(self,'line_origins',line_origins)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'ocr',_dflt_ocr() if ocr is _HAS_DEFAULT_FACTORY else ocr)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_missing',ocr_missing)\n return __init__": _ce518580bcac3576,
    "def __create_fn__(_type_source, _type_line, _type_column, _type_end_line, _type_end_column, _type_page, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_page, _return_type):\n def __init__(self,source:_type_source,line:_type_line,column:_type_column,end_line:_type_end_line,end_column:_type_end_column,page:_type_page=_dflt_page)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)\n  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n return __init__": _0698f523c547e203,
    "def __create_fn__(_type_source, _type_width, _type_height, _type_lines, _type_tables, _type_complete, _type_notes, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tables, _dflt_complete, _dflt_notes, _dflt_seconds, _return_type):\n def __init__(self,source:_type_source,width:_type_width,height:_type_height,lines:_type_lines,tables:_type_tables=_dflt_tables,complete:_type_complete=_dflt_complete,notes:_type_notes=_dflt_notes,seconds:_type_seconds=_dflt_seconds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'tables',tables)\n  __dataclass_builtins_object__.__setattr__(self,'complete',complete)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n return __init__": _661ae3fa6ef2cbc9,
    "def __create_fn__(_type_source, _type_width, _type_height, _type_ruled, _type_columns, _type_rows, _type_cells, _type_engine, _type_complete, _type_notes, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_complete, _dflt_notes, _dflt_seconds, _return_type):\n def __init__(self,source:_type_source,width:_type_width,height:_type_height,ruled:_type_ruled,columns:_type_columns,rows:_type_rows,cells:_type_cells,engine:_type_engine,complete:_type_complete=_dflt_complete,notes:_type_notes=_dflt_notes,seconds:_type_seconds=_dflt_seconds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'ruled',ruled)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'engine',engine)\n  __dataclass_builtins_object__.__setattr__(self,'complete',complete)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n return __init__": _cc9896d7f7288621,
    "def __create_fn__(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__": _9e6a0de07e5295b6,
    "def __create_fn__(_type_status, _type_errors, _type_warnings, _type_infos, _type_top, _type_page, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_errors, _dflt_warnings, _dflt_infos, _dflt_top, _dflt_page, _dflt_figures, _return_type):\n def __init__(self,status:_type_status,errors:_type_errors=_dflt_errors,warnings:_type_warnings=_dflt_warnings,infos:_type_infos=_dflt_infos,top:_type_top=_dflt_top,page:_type_page=_dflt_page,figures:_type_figures=_dflt_figures)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'errors',errors)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)\n  __dataclass_builtins_object__.__setattr__(self,'infos',infos)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n  __dataclass_builtins_object__.__setattr__(self,'figures',figures)\n return __init__": _ff6d779ac72d7891,
    "def __create_fn__(_type_table, _type_row, _type_col, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):\n def __init__(self,table:_type_table,row:_type_row,col:_type_col,qual:_type_qual=_dflt_qual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'qual',qual)\n return __init__": _08126065f51dc243,
    "def __create_fn__(_type_table, _type_row, _type_col, _type_value, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):\n def __init__(self,table:_type_table,row:_type_row,col:_type_col,value:_type_value,qual:_type_qual=_dflt_qual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'qual',qual)\n return __init__": _8d82ea2a2ac86bcb,
    "def __create_fn__(_type_table, _type_row, _type_column, _type_section, _type_paragraph, _type_quote, _type_heading, _type_page, _type_docx, _type_image, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_table, _dflt_row, _dflt_column, _dflt_section, _dflt_paragraph, _dflt_quote, _dflt_heading, _dflt_page, _dflt_docx, _dflt_image, _return_type):\n def __init__(self,table:_type_table=_dflt_table,row:_type_row=_dflt_row,column:_type_column=_dflt_column,section:_type_section=_dflt_section,paragraph:_type_paragraph=_dflt_paragraph,quote:_type_quote=_dflt_quote,heading:_type_heading=_dflt_heading,page:_type_page=_dflt_page,docx:_type_docx=_dflt_docx,image:_type_image=_dflt_image)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'section',section)\n  __dataclass_builtins_object__.__setattr__(self,'paragraph',paragraph)\n  __dataclass_builtins_object__.__setattr__(self,'quote',quote)\n  __dataclass_builtins_object__.__setattr__(self,'heading',heading)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n  __dataclass_builtins_object__.__setattr__(self,'docx',docx)\n  __dataclass_builtins_object__.__setattr__(self,'image',image)\n return __init__": _ee1d25541191c3f2,
    "def __create_fn__(_type_table, _type_rows, _type_cols, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):\n def __init__(self,table:_type_table,rows:_type_rows,cols:_type_cols,qual:_type_qual=_dflt_qual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'cols',cols)\n  __dataclass_builtins_object__.__setattr__(self,'qual',qual)\n return __init__": _4efab7687557883a,
    "def __create_fn__(_type_text, _type_confidence, _type_look, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_look, _return_type):\n def __init__(self,text:_type_text,confidence:_type_confidence,look:_type_look=_dflt_look)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'look',look)\n return __init__": _97d8469310b174b2,
    "def __create_fn__(_type_text, _type_encoding, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _return_type):\n def __init__(self,text:_type_text,encoding:_type_encoding,reason:_type_reason=_dflt_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__": _53f33ad850963455,
    "def __create_fn__(_type_text, _type_fit, _type_margin, _type_rival, _type_sign, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sign, _return_type):\n def __init__(self,text:_type_text,fit:_type_fit,margin:_type_margin,rival:_type_rival,sign:_type_sign=_dflt_sign)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'fit',fit)\n  __dataclass_builtins_object__.__setattr__(self,'margin',margin)\n  __dataclass_builtins_object__.__setattr__(self,'rival',rival)\n  __dataclass_builtins_object__.__setattr__(self,'sign',sign)\n return __init__": _fe8412bd0694ff49,
    "def __create_fn__(_type_text, _type_left, _type_op, _type_right, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,left:_type_left,op:_type_op,right:_type_right)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'right',right)\n return __init__": _5d4b7bca06e4b5a1,
    "def __create_fn__(_type_text, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _a038995979ae4654,
    "def __create_fn__(_type_text, _type_ordinal, _type_bold, _type_line, _type_column, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,ordinal:_type_ordinal,bold:_type_bold,line:_type_line,column:_type_column,end_column:_type_end_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'bold',bold)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)\n return __init__": _13644c9611b5f89c,
    "def __create_fn__(_type_text, _type_ordinal, _type_system, _type_number, _type_level, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,ordinal:_type_ordinal,system:_type_system,number:_type_number,level:_type_level,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'system',system)\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _9e40466dcec0c536,
    "def __create_fn__(_type_text, _type_spot, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,spot:_type_spot)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'spot',spot)\n return __init__": _d7c249e44b597d70,
    "def __create_fn__(_type_text, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,start:_type_start,end:_type_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  self.__post_init__()\n return __init__": _bddbb72148f48160,
    "def __create_fn__(_type_text, _type_starts, _type_locs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,starts:_type_starts,locs:_type_locs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'starts',starts)\n  __dataclass_builtins_object__.__setattr__(self,'locs',locs)\n return __init__": _730c53677696a60d,
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,confidence:_type_confidence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n return __init__": _55d9dd770ecae441,
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_confidence, _type_row, _type_col, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_row, _dflt_col, _dflt_kind, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,confidence:_type_confidence,row:_type_row=_dflt_row,col:_type_col=_dflt_col,kind:_type_kind=_dflt_kind)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n return __init__": _297c18029731d40b,
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_loc, _type_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_loc, _dflt_confidence, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,loc:_type_loc=_dflt_loc,confidence:_type_confidence=_dflt_confidence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n return __init__": _e020e5ad57e26b3b,
    'def __create_fn__(_type_texts, _type_first, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_texts, _dflt_first, _return_type):\n def __init__(self,texts:_type_texts=_HAS_DEFAULT_FACTORY,first:_type_first=_dflt_first)->_return_type:\n  self.texts=_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts\n  self.first=first\n return __init__': _420c9f05f49edc28,
    'def __create_fn__(_type_top, _type_bottom, _type_left, _type_right, _type_parts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,top:_type_top,bottom:_type_bottom,left:_type_left,right:_type_right,parts:_type_parts)->_return_type:\n  self.top=top\n  self.bottom=bottom\n  self.left=left\n  self.right=right\n  self.parts=parts\n return __init__': _59213e00c8c999d1,
    'def __create_fn__(_type_tpl, _type_source, _type_cells, _type_row_lines, _type_extra, _type_shape, _type_glued, _type_glued_rows, _type_unread, _type_unplaced, _type_notes, _type_first, _type_taken, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cells, _dflt_row_lines, _dflt_extra, _dflt_shape, _dflt_glued, _dflt_glued_rows, _dflt_unread, _dflt_unplaced, _dflt_notes, _dflt_first, _dflt_taken, _return_type):\n def __init__(self,tpl:_type_tpl,source:_type_source,cells:_type_cells=_HAS_DEFAULT_FACTORY,row_lines:_type_row_lines=_HAS_DEFAULT_FACTORY,extra:_type_extra=_HAS_DEFAULT_FACTORY,shape:_type_shape=_HAS_DEFAULT_FACTORY,glued:_type_glued=_HAS_DEFAULT_FACTORY,glued_rows:_type_glued_rows=_HAS_DEFAULT_FACTORY,unread:_type_unread=_HAS_DEFAULT_FACTORY,unplaced:_type_unplaced=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,first:_type_first=_dflt_first,taken:_type_taken=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.tpl=tpl\n  self.source=source\n  self.cells=_dflt_cells() if cells is _HAS_DEFAULT_FACTORY else cells\n  self.row_lines=_dflt_row_lines() if row_lines is _HAS_DEFAULT_FACTORY else row_lines\n  self.extra=_dflt_extra() if extra is _HAS_DEFAULT_FACTORY else extra\n  self.shape=_dflt_shape() if shape is _HAS_DEFAULT_FACTORY else shape\n  self.glued=_dflt_glued() if glued is _HAS_DEFAULT_FACTORY else glued\n  self.glued_rows=_dflt_glued_rows() if glued_rows is _HAS_DEFAULT_FACTORY else glued_rows\n  self.unread=_dflt_unread() if unread is _HAS_DEFAULT_FACTORY else unread\n  self.unplaced=_dflt_unplaced() if unplaced is _HAS_DEFAULT_FACTORY else unplaced\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n  self.first=first\n  self.taken=_dflt_taken() if taken is _HAS_DEFAULT_FACTORY else taken\n return __init__': _4d8b17e311c3c2fd,
    "def __create_fn__(_type_type, _type_required, _type_default, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_default, _dflt_doc, _return_type):\n def __init__(self,type:_type_type,required:_type_required=_dflt_required,default:_type_default=_dflt_default,doc:_type_doc=_dflt_doc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n return __init__": _916a3781689f67ae,
    "def __create_fn__(_type_type, _type_title, _type_body_markers, _type_listing_link, _type_formats, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body_markers, _dflt_listing_link, _dflt_formats, _return_type):\n def __init__(self,type:_type_type,title:_type_title,body_markers:_type_body_markers=_dflt_body_markers,listing_link:_type_listing_link=_dflt_listing_link,formats:_type_formats=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'body_markers',body_markers)\n  __dataclass_builtins_object__.__setattr__(self,'listing_link',listing_link)\n  __dataclass_builtins_object__.__setattr__(self,'formats',_dflt_formats() if formats is _HAS_DEFAULT_FACTORY else formats)\n return __init__": _6a01d10cf4cf152b,
    "def __create_fn__(_type_url, _type_discovered_from, _type_agency, _type_year, _type_published, _type_is_report, _type_http_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_http_status, _return_type):\n def __init__(self,url:_type_url,discovered_from:_type_discovered_from,agency:_type_agency,year:_type_year,published:_type_published,is_report:_type_is_report,http_status:_type_http_status=_dflt_http_status)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'discovered_from',discovered_from)\n  __dataclass_builtins_object__.__setattr__(self,'agency',agency)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'is_report',is_report)\n  __dataclass_builtins_object__.__setattr__(self,'http_status',http_status)\n return __init__": _b7b9e93d55e42414,
    "def __create_fn__(_type_url, _type_kind, _type_discovered_from, _type_state, _type_note, _type_note_zh, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_note_zh, _return_type):\n def __init__(self,url:_type_url,kind:_type_kind,discovered_from:_type_discovered_from,state:_type_state,note:_type_note=_dflt_note,note_zh:_type_note_zh=_dflt_note_zh)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'discovered_from',discovered_from)\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'note_zh',note_zh)\n return __init__": _f2b3d6ee6e09e003,
    "def __create_fn__(_type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,value:_type_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n return __init__": _b347e2232d97a17e,
    'def __create_fn__(_type_value, _type_expression, _type_conversion, _type_format_spec, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,value:_type_value,expression:_type_expression,conversion:_type_conversion,format_spec:_type_format_spec)->_return_type:\n  self.value=value\n  self.expression=expression\n  self.conversion=conversion\n  self.format_spec=format_spec\n return __init__': _a787f30115849024,
    'def __create_fn__(_type_widest, _type_bare, _type_start, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_widest, _dflt_bare, _dflt_start, _return_type):\n def __init__(self,widest:_type_widest=_HAS_DEFAULT_FACTORY,bare:_type_bare=_HAS_DEFAULT_FACTORY,start:_type_start=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.widest=_dflt_widest() if widest is _HAS_DEFAULT_FACTORY else widest\n  self.bare=_dflt_bare() if bare is _HAS_DEFAULT_FACTORY else bare\n  self.start=_dflt_start() if start is _HAS_DEFAULT_FACTORY else start\n return __init__': _eaac602960edb5f9,
    'def __create_fn__(_type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):\n def __init__(self,words:_type_words=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words\n return __init__': _720c16445e304381,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'as_of\',\'years\',\'rows\',\'findings\',\'unattributed\',\'queue\',\'documents\',\'reports\',\'roster\',\'pages\',\'lang\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _bcd2c050896e7545,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'body\',\'year\',\'url\',\'code\',\'rule\',\'severity\',\'message\',\'place\',\'across\',\'other_url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _890e0b2c85897e81,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'by_kind\',\'pack\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _a7473b587a914121,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'cells\',\'tokens\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _26e94c133b71352f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'cells\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7c9423aed0657000,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'args\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _dc6d2a6c71ca89ec,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'name\',\'kind\',\'severity\',\'summary\',\'message\',\'rationale\',\'for_\',\'expr\',\'options\',\'examples\',\'cases\',\'against\',\'applies\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _610e9b79306547a7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'name\',\'severity\',\'args\',\'loc\',\'where\',\'evidence\',\'template\',\'fixes\',\'related\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _dfc146f19e489249,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'residual\',\'coef\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _bac66929a9098128,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'connect_timeout\',\'read_timeout\',\'deadline\',\'retries\',\'backoff\',\'max_redirects\',\'max_bytes\',\'verify_tls\',\'cache_dir\',\'allow_private\',\'images\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _cd25113b91f8883a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'corpus\',\'doc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _bfccbef544681f95,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'count\',\'span\',\'percent\',\'percent_span\',\'sentence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _49392fa63f1180bc,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'data\',\'member\',\'texts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _f3c9c6f13885227b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'drawn\',\'pitch\',\'steps\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _faec17a0eb7ed2c2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'enabled\',\'engine\',\'table_seconds\',\'document_seconds\',\'progress\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1bb06cdbb339415a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'expr\',\'env\',\'rows\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7e0cb05b3c817aa3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'expr\',\'for_\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7db443fe89bdef51,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'face\',\'quality\',\'readings\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ea16d44a20922d15,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'font\',\'size\',\'bank\',\'energy\',\'box\',\'ox\',\'oy\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _f5ea8982609ff4b7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'format_id\',\'gtrid\',\'bqual\',\'prepared\',\'owner\',\'database\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _c740ad8c548d92d2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'g\',\'digit\',\'which\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ef27d4f9c22bb782,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'gray\',\'ink\',\'rules\',\'grid\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _82cf4ba81a419270,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'holds\',\'left\',\'right\',\'left_terms\',\'right_terms\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _5c311b6275d3371c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'horizontal\',\'vertical\',\'mask\',\'em\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _967b291f3f5337a5,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'host\',\'items\',\'options\',\'scopes\',\'robots\',\'not_before\',\'known_docs\',\'store\',\'wait\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _772717ce07db7dd4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'host\',\'port\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _dea830f6f4b2d52a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'loc\',\'cells\',\'rows\',\'columns\',\'extra_rows\',\'row_locs\',\'unread_rows\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _6cb13c7aeeca0ea8,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'section\',\'layout\',\'columns\',\'rows\',\'groups\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1599e4c593cf9b52,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'image\',\'row\',\'col\',\'confidence\',\'read\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _bb1fd9739bb7e4fa,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'info\',\'text\',\'problems\',\'raw\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7958176afc8a1b9a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ink\',\'baseline\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _3702a9d16538f4ac,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'heading\',\'match\',\'start_line\',\'end_line\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _d1b0185ebea1f2cd,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'group\',\'kind\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _efccb482182daa40,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'ordinal\',\'group\',\'block\',\'columns\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _99ce887d5582ac76,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'label\',\'ordinal\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1bee63101c3eb8fb,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'ordinal\',\'title\',\'variants\',\'keywords\',\'long_forms\',\'optional\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _d68cdf8842498388,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'pattern\',\'label\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _45abfed6f755438c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'target\',\'ordinal\',\'matcher\',\'counts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _bdd51562956e5312,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'cells\',\'level\',\'bold\',\'table\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _8a0ebc92751d99b9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'labels\',\'cells\',\'top\',\'bands\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _e6e8d00d74e8411b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'name\',\'data\',\'url\',\'lang\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _8e6585878fe67772,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'label\',\'loc\',\'values\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _625abec09734daf2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'label\',\'x0\',\'x1\',\'words\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _76172d785935f7b0,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'line\',\'column\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _edb5216ee6c92ada,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'line\',\'labels\',\'values\',\'cells\',\'index\',\'layout\',\'tail\',\'parts\',\'above\',\'full\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _9ef3b34c0c9ef33e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lines\',\'blocks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _43c5e2006131e5c0,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lines\',\'x0\',\'x1\',\'top\',\'bottom\',\'glyphs\',\'room\',\'words\',\'sharpness\',\'touches_border\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _110d796ef42d24e6,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lo\',\'hi\',\'segments\',\'virtual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _cd82779964b46afa,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'loc\',\'args\',\'where\',\'evidence\',\'severity\',\'other\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _346e495ac0514349,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'max_bytes\',\'jobs\',\'loopback\',\'fetch_timeout\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _73fbf087b735e78a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'max_pixels\',\'max_side\',\'table_seconds\',\'page_seconds\',\'document_seconds\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1262d6edf28f7a71,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'format\',\'title\',\'format_markers\',\'sections\',\'tables\',\'rules\',\'path\',\'report\',\'bodies\',\'diagnosis\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _a25e13834ace0433,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'is_var\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _4792f7479fd6bf75,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'kind\',\'encoding\',\'sha256\',\'url\',\'published\',\'title\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _938fbd6d44a78f5e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _856ab0f7b1221bea,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'year\',\'status\',\'url\',\'published\',\'deadline\',\'days_late\',\'reason\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _a335b13f9fad8763,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'options\',\'args\',\'expression\',\'across\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _2cbaa1472acbd6ff,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'parse\',\'render\',\'read\',\'suffixes\',\'content_types\',\'magic\',\'magic_within\',\'binary\',\'in_folders\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _d956ba8a60f7d8d1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'result\',\'note\',\'reader\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _05897e2fbf497ec0,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'shapes\',\'advances\',\'em\',\'pad\',\'base\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _3576f63f72f20098,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'no\',\'kind\',\'cells\',\'md_level\',\'exact\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _8f3545a12d82b5f4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'op\',\'left\',\'right\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ebd1c49629e72b2e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'pack\',\'lang\',\'color\',\'version\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _98849e6a6035e0c9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'plus\',\'minus\',\'scaled\',\'const\',\'compare\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _336ce4c41f8fdfa6,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'prose\',\'spans\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _fc89e597eca6e84c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'queue\',\'documents\',\'reports\',\'errors\',\'warnings\',\'codes\',\'cross_codes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ba0e8ac208a44929,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _de1ed5a6314f9471,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7a8c9d21c5bcc245,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'reports\',\'pages\',\'attachments\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7b8dfec4cad8a223,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',\'kind\',\'text\',\'confidence\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7738aafd0dca0657,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _f04d3dd81015af0f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rule\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _46d778b66fdddd2d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ruled\',\'columns\',\'rows\',\'cells\',\'notes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _6008e345fe8ece34,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'says\',\'kind\',\'documents\',\'parents\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _db279d89e785a529,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'select\',\'ignore\',\'extend_select\',\'per_file_ignores\',\'severity\',\'fail_level\',\'lang\',\'rules\',\'exclude\',\'file\',\'origins\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ffb1911647f065a5,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'select\',\'ignore\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _a32ef73f2f0d2011,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'selection\',\'max_bytes\',\'published\',\'fetch\',\'packs\',\'severity\',\'debug\',\'ocr\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _060e8e21e9b4a7f3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'document\',\'findings\',\'notes\',\'pack\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1a0f16701ee58e2b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'headings\',\'sections\',\'paragraphs\',\'tables\',\'format\',\'year\',\'agency\',\'problems\',\'line_count\',\'images\',\'line_pages\',\'markers\',\'shape\',\'original\',\'line_origins\',\'notes\',\'ocr\',\'ocr_missing\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _f3744e55a7a533d9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'line\',\'column\',\'end_line\',\'end_column\',\'page\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _58e5c8a71dce9fde,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'lines\',\'tables\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _99f71db105ad553b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'ruled\',\'columns\',\'rows\',\'cells\',\'engine\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _c01bef6d4f73ab39,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _93cd07a80d0ecdf9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'errors\',\'warnings\',\'infos\',\'top\',\'page\',\'figures\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _0a947c2155ae560e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'qual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _eab37cc453de6d73,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'value\',\'qual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _6eb643e017ccff83,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'row\',\'column\',\'section\',\'paragraph\',\'quote\',\'heading\',\'page\',\'docx\',\'image\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1edd7a1cec9610c2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'rows\',\'cols\',\'qual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _59247612fe097e98,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'confidence\',\'look\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _b4c99e6cb3ac88a3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'encoding\',\'reason\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _98fb4fffb3be50ba,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'fit\',\'margin\',\'rival\',\'sign\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _0bd583df125e8482,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'left\',\'op\',\'right\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _3692e6bf8f2e10a3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _eb4b4eb7b15bc23a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'bold\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _20f73e6f3fb3c89c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'system\',\'number\',\'level\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _89c95c3d7bd32919,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'spot\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _bdba44ee11e48b80,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _d59b571c90df60e5,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'starts\',\'locs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _4a4a1db16de74e1e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',\'row\',\'col\',\'kind\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _64d839cd4ad5f163,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _593ec9073cef4e67,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'loc\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _63497377292d73b7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'type\',\'required\',\'default\',\'doc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _f5ea0b511e56a67c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'type\',\'title\',\'body_markers\',\'listing_link\',\'formats\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _f9ebef91fe6f341f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'url\',\'discovered_from\',\'agency\',\'year\',\'published\',\'is_report\',\'http_status\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ffc15b171484a567,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'url\',\'kind\',\'discovered_from\',\'state\',\'note\',\'note_zh\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _0dd50e7baf6adb33,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _142f244f0a9c592c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'as_of\',\'years\',\'rows\',\'findings\',\'unattributed\',\'queue\',\'documents\',\'reports\',\'roster\',\'pages\',\'lang\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _1b5b56ad1427b97c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'body\',\'year\',\'url\',\'code\',\'rule\',\'severity\',\'message\',\'place\',\'across\',\'other_url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _3c0bd02615a5ad21,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'by_kind\',\'pack\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _b3f088d60011a35f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'cells\',\'tokens\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _d004e4a0bbd0c9e5,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'cells\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _95734f984e7b21af,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'args\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _f61edf0ecdf7b027,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'name\',\'kind\',\'severity\',\'summary\',\'message\',\'rationale\',\'for_\',\'expr\',\'options\',\'examples\',\'cases\',\'against\',\'applies\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _b4d58b27f5859f5b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'name\',\'severity\',\'args\',\'loc\',\'where\',\'evidence\',\'template\',\'fixes\',\'related\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _c05172dc76478f2f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'residual\',\'coef\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _8faa9560cd478689,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'connect_timeout\',\'read_timeout\',\'deadline\',\'retries\',\'backoff\',\'max_redirects\',\'max_bytes\',\'verify_tls\',\'cache_dir\',\'allow_private\',\'images\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _6229e98a196e6f2d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'corpus\',\'doc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _f945f2f82c2dc767,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'count\',\'span\',\'percent\',\'percent_span\',\'sentence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _ecbf58a6c5bf3a6b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'data\',\'member\',\'texts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _b574e838ebb53714,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'drawn\',\'pitch\',\'steps\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _4612e88dc75bd25e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'enabled\',\'engine\',\'table_seconds\',\'document_seconds\',\'progress\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _02dcbffb5372bec2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'expr\',\'env\',\'rows\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _89c161403347921b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'expr\',\'for_\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _aa3f64edcb9f07e7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'face\',\'quality\',\'readings\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _ba600f26a29dc40c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'font\',\'size\',\'bank\',\'energy\',\'box\',\'ox\',\'oy\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _3b8a700313bc178e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'format_id\',\'gtrid\',\'bqual\',\'prepared\',\'owner\',\'database\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _d16e46619b29d996,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'g\',\'digit\',\'which\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _08d21a79ee4ade08,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'gray\',\'ink\',\'rules\',\'grid\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _e3b89840cf5b08bf,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'holds\',\'left\',\'right\',\'left_terms\',\'right_terms\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _30076962bf633a92,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'horizontal\',\'vertical\',\'mask\',\'em\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _7c6f5088a69cbac1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'host\',\'items\',\'options\',\'scopes\',\'robots\',\'not_before\',\'known_docs\',\'store\',\'wait\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _b41c66fc4a5f98cd,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'host\',\'port\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _8d6d94816724bf71,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'loc\',\'cells\',\'rows\',\'columns\',\'extra_rows\',\'row_locs\',\'unread_rows\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _212c4d51e67a70a4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'section\',\'layout\',\'columns\',\'rows\',\'groups\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _0d032041592c5f63,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'image\',\'row\',\'col\',\'confidence\',\'read\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _c48f0015c574e5dc,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'info\',\'text\',\'problems\',\'raw\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _69c67913a6ef9497,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ink\',\'baseline\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _6ab4beadf9655edb,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'heading\',\'match\',\'start_line\',\'end_line\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _a89e276ba931274b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'group\',\'kind\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _bcdd5f08b18bcfb7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'ordinal\',\'group\',\'block\',\'columns\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _da909014e0a992f3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'label\',\'ordinal\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _afcdd0c1d3ca6b1d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'ordinal\',\'title\',\'variants\',\'keywords\',\'long_forms\',\'optional\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _8e00dabd53d3a43f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'pattern\',\'label\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _da4a407bd1a807a0,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'target\',\'ordinal\',\'matcher\',\'counts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5e6d5e49bb071879,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'cells\',\'level\',\'bold\',\'table\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _6179135b8697ef52,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'labels\',\'cells\',\'top\',\'bands\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _b63ab2c43443d8c3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'name\',\'data\',\'url\',\'lang\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _0a84980265d8ddfa,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'label\',\'loc\',\'values\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _8a94525f6c392142,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'label\',\'x0\',\'x1\',\'words\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _d88ff92a9f9d2da3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'line\',\'column\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _fae0813e3d1e48c1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'line\',\'labels\',\'values\',\'cells\',\'index\',\'layout\',\'tail\',\'parts\',\'above\',\'full\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _0e70a2f71c8f7b9d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lines\',\'blocks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _706efe8d9258dda6,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lines\',\'x0\',\'x1\',\'top\',\'bottom\',\'glyphs\',\'room\',\'words\',\'sharpness\',\'touches_border\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _dbca63dbd09a58a9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lo\',\'hi\',\'segments\',\'virtual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _f5d794418aaa1da3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'loc\',\'args\',\'where\',\'evidence\',\'severity\',\'other\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _4f8edbc5bd36ff19,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'max_bytes\',\'jobs\',\'loopback\',\'fetch_timeout\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _1963badc9f43104a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'max_pixels\',\'max_side\',\'table_seconds\',\'page_seconds\',\'document_seconds\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _75cc6c511782f517,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'format\',\'title\',\'format_markers\',\'sections\',\'tables\',\'rules\',\'path\',\'report\',\'bodies\',\'diagnosis\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _35bfecc8b84c66e4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'is_var\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _20dddd627e53815e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'kind\',\'encoding\',\'sha256\',\'url\',\'published\',\'title\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _56fb5a3d6b57ea41,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _1974e6ed9bb23a81,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'year\',\'status\',\'url\',\'published\',\'deadline\',\'days_late\',\'reason\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _939a970dbfdbd047,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'options\',\'args\',\'expression\',\'across\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _9542df92db68bbea,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'parse\',\'render\',\'read\',\'suffixes\',\'content_types\',\'magic\',\'magic_within\',\'binary\',\'in_folders\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _738f2738437b6ea9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'result\',\'note\',\'reader\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _47de5fb560ed4915,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'shapes\',\'advances\',\'em\',\'pad\',\'base\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _e4c254246c5f6e52,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'no\',\'kind\',\'cells\',\'md_level\',\'exact\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _052205d63898bdbb,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'op\',\'left\',\'right\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _c9c53642fca0ab59,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'pack\',\'lang\',\'color\',\'version\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _90f418790202fc29,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'plus\',\'minus\',\'scaled\',\'const\',\'compare\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _27b42e438d9a74ec,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'prose\',\'spans\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _1c978224c8dd0c79,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'queue\',\'documents\',\'reports\',\'errors\',\'warnings\',\'codes\',\'cross_codes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _d545fe2be30c86ab,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _10d5de1696a08d5f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _41df78b02ca18f9d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'reports\',\'pages\',\'attachments\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _23915ac5b4f7c3ec,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',\'kind\',\'text\',\'confidence\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _39122c7d134b24a4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5fc5145200a78ce1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rule\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _90837d2534880ef9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ruled\',\'columns\',\'rows\',\'cells\',\'notes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _9ed9b5c37b35fe3c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'says\',\'kind\',\'documents\',\'parents\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _0a3ed8e74f33a3cd,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'select\',\'ignore\',\'extend_select\',\'per_file_ignores\',\'severity\',\'fail_level\',\'lang\',\'rules\',\'exclude\',\'file\',\'origins\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _814093877902ace3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'select\',\'ignore\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _2c954bfe38dae62a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'selection\',\'max_bytes\',\'published\',\'fetch\',\'packs\',\'severity\',\'debug\',\'ocr\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _9aeb1b1a683ae985,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'document\',\'findings\',\'notes\',\'pack\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _65150f078708e3cc,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'headings\',\'sections\',\'paragraphs\',\'tables\',\'format\',\'year\',\'agency\',\'problems\',\'line_count\',\'images\',\'line_pages\',\'markers\',\'shape\',\'original\',\'line_origins\',\'notes\',\'ocr\',\'ocr_missing\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _15a15c0917f13b19,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'line\',\'column\',\'end_line\',\'end_column\',\'page\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _b9b4a5ecbd36ce87,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'lines\',\'tables\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _a88bacf549975a50,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'ruled\',\'columns\',\'rows\',\'cells\',\'engine\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _c09cb4c3acc6222a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _0d15d177c7d33e37,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'errors\',\'warnings\',\'infos\',\'top\',\'page\',\'figures\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _71d298565e650df1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'qual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5df695bdbba9ef3b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'value\',\'qual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _bd53f88ebc51cc8d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'row\',\'column\',\'section\',\'paragraph\',\'quote\',\'heading\',\'page\',\'docx\',\'image\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _4fff88eed42f5893,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'rows\',\'cols\',\'qual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _fb07fe77d09f2650,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'confidence\',\'look\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _8e40cb3e825b792d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'encoding\',\'reason\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _7be2dff3b0a2a314,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'fit\',\'margin\',\'rival\',\'sign\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _ab1126712e3f2fa4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'left\',\'op\',\'right\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _e4a35d7d7d52e977,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _afc0bc202a8bce67,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'bold\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _781dc655d87f8eb6,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'system\',\'number\',\'level\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _de818fe4907dcfc3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'spot\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _73e54d02f32d1c11,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _9fa3e95df727d3c8,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'starts\',\'locs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _11419032938717c1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',\'row\',\'col\',\'kind\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _66132fc092a3f2ac,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _39c0cb2b53c789a2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'loc\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _c056f9207ac4f029,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'type\',\'required\',\'default\',\'doc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _4e9a7533b10c90ff,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'type\',\'title\',\'body_markers\',\'listing_link\',\'formats\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5489c07f218dfe88,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'url\',\'discovered_from\',\'agency\',\'year\',\'published\',\'is_report\',\'http_status\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _fa518b6b7da20b4d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'url\',\'kind\',\'discovered_from\',\'state\',\'note\',\'note_zh\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _8bf0451ed2fa5c67,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _a4b0e26452d5bc96,
}
