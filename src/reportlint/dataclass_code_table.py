# Generated from the package's dataclasses by `python -m reportlint.generate`: do not edit.
# ruff: noqa

# The methods @dataclass writes for the package's classes, compiled ahead of time (dataclass_code.py)
CREATE_FN = 'b5e32237f6a8254336760f80743ae17a14aae602471c72d729eee4435101fde9'  # the dataclasses._create_fn these texts are what it compiles


def _0():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.as_of,self.years,self.rows,self.findings,self.unattributed,self.queue,self.documents,self.reports,self.roster,self.pages,self.lang,)==(other.as_of,other.years,other.rows,other.findings,other.unattributed,other.queue,other.documents,other.reports,other.roster,other.pages,other.lang,)
  return NotImplemented
 return __eq__


def _1():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.blocks,self.title,self.meta,self.attachments,self.images,self.image_refs,self.body_found,self.problems,)==(other.blocks,other.title,other.meta,other.attachments,other.images,other.image_refs,other.body_found,other.problems,)
  return NotImplemented
 return __eq__


def _2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.body,self.year,self.url,self.code,self.rule,self.severity,self.message,self.place,self.across,self.other_url,)==(other.body,other.year,other.url,other.code,other.rule,other.severity,other.message,other.place,other.across,other.other_url,)
  return NotImplemented
 return __eq__


def _3():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.by_kind,self.pack,)==(other.by_kind,other.pack,)
  return NotImplemented
 return __eq__


def _4():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.cells,)==(other.cells,)
  return NotImplemented
 return __eq__


def _5():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.cells,self.tokens,)==(other.cells,other.tokens,)
  return NotImplemented
 return __eq__


def _6():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.args,self.loc,)==(other.code,other.args,other.loc,)
  return NotImplemented
 return __eq__


def _7():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.name,self.kind,self.severity,self.summary,self.message,self.rationale,self.for_,self.expr,self.options,self.examples,self.cases,self.against,self.applies,)==(other.code,other.name,other.kind,other.severity,other.summary,other.message,other.rationale,other.for_,other.expr,other.options,other.examples,other.cases,other.against,other.applies,)
  return NotImplemented
 return __eq__


def _8():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.name,self.severity,self.args,self.loc,self.where,self.evidence,)==(other.code,other.name,other.severity,other.args,other.loc,other.where,other.evidence,)
  return NotImplemented
 return __eq__


def _9():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.residual,self.coef,)==(other.code,other.residual,other.coef,)
  return NotImplemented
 return __eq__


def _10():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.zh,self.en,self.status,)==(other.code,other.zh,other.en,other.status,)
  return NotImplemented
 return __eq__


def _11():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.codes,self.first,self.last,self.loc,self.used,)==(other.codes,other.first,other.last,other.loc,other.used,)
  return NotImplemented
 return __eq__


def _12():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.connect_timeout,self.read_timeout,self.deadline,self.retries,self.backoff,self.max_redirects,self.max_bytes,self.verify_tls,self.cache_dir,self.allow_private,self.images,)==(other.connect_timeout,other.read_timeout,other.deadline,other.retries,other.backoff,other.max_redirects,other.max_bytes,other.verify_tls,other.cache_dir,other.allow_private,other.images,)
  return NotImplemented
 return __eq__


def _13():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.content_disposition,self.field_name,self.data,self.file,self.item_headers,)==(other.content_disposition,other.field_name,other.data,other.file,other.item_headers,)
  return NotImplemented
 return __eq__


def _14():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.corpus,self.doc,)==(other.corpus,other.doc,)
  return NotImplemented
 return __eq__


def _15():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.count,self.span,self.percent,self.percent_span,self.sentence,)==(other.count,other.span,other.percent,other.percent_span,other.sentence,)
  return NotImplemented
 return __eq__


def _16():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.data,self.member,self.texts,)==(other.data,other.member,other.texts,)
  return NotImplemented
 return __eq__


def _17():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.discovered,self.finished,self.fetched,self.linted,self.errors,self.skipped,self.lang,self.quiet,self.stream,self.started,self.lock,self._at_start,self._last,self._logged,)==(other.discovered,other.finished,other.fetched,other.linted,other.errors,other.skipped,other.lang,other.quiet,other.stream,other.started,other.lock,other._at_start,other._last,other._logged,)
  return NotImplemented
 return __eq__


def _18():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.drawn,self.pitch,self.steps,)==(other.drawn,other.pitch,other.steps,)
  return NotImplemented
 return __eq__


def _19():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.enabled,self.engine,self.table_seconds,self.document_seconds,self.progress,)==(other.enabled,other.engine,other.table_seconds,other.document_seconds,other.progress,)
  return NotImplemented
 return __eq__


def _20():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.expr,self.env,self.rows,)==(other.expr,other.env,other.rows,)
  return NotImplemented
 return __eq__


def _21():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.expr,self.for_,)==(other.expr,other.for_,)
  return NotImplemented
 return __eq__


def _22():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.face,self.quality,self.readings,)==(other.face,other.quality,other.readings,)
  return NotImplemented
 return __eq__


def _23():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.format_id,self.gtrid,self.bqual,self.prepared,self.owner,self.database,)==(other.format_id,other.gtrid,other.bqual,other.prepared,other.owner,other.database,)
  return NotImplemented
 return __eq__


def _24():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.g,self.digit,self.which,)==(other.g,other.digit,other.which,)
  return NotImplemented
 return __eq__


def _25():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.gray,self.ink,self.rules,self.grid,)==(other.gray,other.ink,other.rules,other.grid,)
  return NotImplemented
 return __eq__


def _26():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.holds,self.left,self.right,self.left_terms,self.right_terms,)==(other.holds,other.left,other.right,other.left_terms,other.right_terms,)
  return NotImplemented
 return __eq__


def _27():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.horizontal,self.vertical,self.mask,self.em,)==(other.horizontal,other.vertical,other.mask,other.em,)
  return NotImplemented
 return __eq__


def _28():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.host,self.items,self.options,self.scopes,self.robots,self.not_before,self.known_docs,self.store,self.wait,)==(other.host,other.items,other.options,other.scopes,other.robots,other.not_before,other.known_docs,other.store,other.wait,)
  return NotImplemented
 return __eq__


def _29():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.host,self.port,)==(other.host,other.port,)
  return NotImplemented
 return __eq__


def _30():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.host,self.writes,self.counts,self.touched,self.robots,self.ended,)==(other.host,other.writes,other.counts,other.touched,other.robots,other.ended,)
  return NotImplemented
 return __eq__


def _31():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.loc,self.cells,self.rows,self.columns,self.extra_rows,self.row_locs,self.unread_rows,)==(other.id,other.loc,other.cells,other.rows,other.columns,other.extra_rows,other.row_locs,other.unread_rows,)
  return NotImplemented
 return __eq__


def _32():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.image,self.row,self.col,self.confidence,self.read,self.note,)==(other.image,other.row,other.col,other.confidence,other.read,other.note,)
  return NotImplemented
 return __eq__


def _33():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.info,self.db,self.user,self.password,self.host,self.hostaddr,self.port,self.tty,self.options,self.status,self.transaction_status,self.pipeline_status,self.error_message,self._encoding,self.protocol_version,self.full_protocol_version,self.server_version,self.backend_pid,self.needs_password,self.used_password,self.used_gssapi,self.ssl_in_use,self.nonblocking,self.notice_handler,self.notify_handler,)==(other.info,other.db,other.user,other.password,other.host,other.hostaddr,other.port,other.tty,other.options,other.status,other.transaction_status,other.pipeline_status,other.error_message,other._encoding,other.protocol_version,other.full_protocol_version,other.server_version,other.backend_pid,other.needs_password,other.used_password,other.used_gssapi,other.ssl_in_use,other.nonblocking,other.notice_handler,other.notify_handler,)
  return NotImplemented
 return __eq__


def _34():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.info,self.text,self.problems,self.raw,)==(other.info,other.text,other.problems,other.raw,)
  return NotImplemented
 return __eq__


def _35():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ink,self.baseline,)==(other.ink,other.baseline,)
  return NotImplemented
 return __eq__


def _36():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.heading,self.match,self.start_line,self.end_line,self.start,self.end,)==(other.key,other.heading,other.match,other.start_line,other.end_line,other.start,other.end,)
  return NotImplemented
 return __eq__


def _37():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.label,self.aliases,self.group,self.kind,)==(other.key,other.label,other.aliases,other.group,other.kind,)
  return NotImplemented
 return __eq__


def _38():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.label,self.aliases,self.ordinal,self.group,self.block,self.columns,)==(other.key,other.label,other.aliases,other.ordinal,other.group,other.block,other.columns,)
  return NotImplemented
 return __eq__


def _39():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.label,self.ordinal,)==(other.key,other.label,other.ordinal,)
  return NotImplemented
 return __eq__


def _40():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.ordinal,self.title,self.variants,self.keywords,self.long_forms,self.optional,)==(other.key,other.ordinal,other.title,other.variants,other.keywords,other.long_forms,other.optional,)
  return NotImplemented
 return __eq__


def _41():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.pattern,self.label,)==(other.key,other.pattern,other.label,)
  return NotImplemented
 return __eq__


def _42():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.key,self.target,self.ordinal,)==(other.key,other.target,other.ordinal,)
  return NotImplemented
 return __eq__


def _43():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keyword,self.envvar,self.compiled,)==(other.keyword,other.envvar,other.compiled,)
  return NotImplemented
 return __eq__


def _44():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.cells,self.level,self.bold,self.table,)==(other.kind,other.cells,other.level,other.bold,other.table,)
  return NotImplemented
 return __eq__


def _45():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.labels,self.cells,self.top,self.bands,)==(other.kind,other.labels,other.cells,other.top,other.bands,)
  return NotImplemented
 return __eq__


def _46():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.name,self.data,self.url,self.lang,)==(other.kind,other.name,other.data,other.url,other.lang,)
  return NotImplemented
 return __eq__


def _47():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.label,self.loc,self.values,)==(other.label,other.loc,other.values,)
  return NotImplemented
 return __eq__


def _48():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.label,self.x0,self.x1,)==(other.label,other.x0,other.x1,)
  return NotImplemented
 return __eq__


def _49():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.column,)==(other.line,other.column,)
  return NotImplemented
 return __eq__


def _50():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.labels,self.values,self.cells,self.index,self.layout,self.tail,self.parts,self.above,self.full,)==(other.line,other.labels,other.values,other.cells,other.index,other.layout,other.tail,other.parts,other.above,other.full,)
  return NotImplemented
 return __eq__


def _51():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,self.blocks,)==(other.lines,other.blocks,)
  return NotImplemented
 return __eq__


def _52():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,self.info,self.head,self.line_count,self.problems,self.images,self.original,self.markers,self._rows,)==(other.lines,other.info,other.head,other.line_count,other.problems,other.images,other.original,other.markers,other._rows,)
  return NotImplemented
 return __eq__


def _53():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,self.pages,self.problems,self.ocr,self.notes,self.hint,self.origins,)==(other.lines,other.pages,other.problems,other.ocr,other.notes,other.hint,other.origins,)
  return NotImplemented
 return __eq__


def _54():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lines,self.x0,self.x1,self.top,self.bottom,self.glyphs,self.room,self.words,self.sharpness,self.touches_border,)==(other.lines,other.x0,other.x1,other.top,other.bottom,other.glyphs,other.room,other.words,other.sharpness,other.touches_border,)
  return NotImplemented
 return __eq__


def _55():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lo,self.hi,self.segments,self.virtual,)==(other.lo,other.hi,other.segments,other.virtual,)
  return NotImplemented
 return __eq__


def _56():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,)==(other.loc,other.args,other.where,other.evidence,other.severity,other.other,other.message,)
  return NotImplemented
 return __eq__


def _57():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.max_bytes,self.jobs,self.loopback,self.fetch_timeout,)==(other.max_bytes,other.jobs,other.loopback,other.fetch_timeout,)
  return NotImplemented
 return __eq__


def _58():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.max_pixels,self.max_side,self.table_seconds,self.page_seconds,self.document_seconds,)==(other.max_pixels,other.max_side,other.table_seconds,other.page_seconds,other.document_seconds,)
  return NotImplemented
 return __eq__


def _59():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.is_var,)==(other.name,other.is_var,)
  return NotImplemented
 return __eq__


def _60():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.kind,self.encoding,self.sha256,self.url,self.published,self.title,)==(other.name,other.kind,other.encoding,other.sha256,other.url,other.published,other.title,)
  return NotImplemented
 return __eq__


def _61():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.level,self.parent,self.listing_url,)==(other.name,other.level,other.parent,other.listing_url,)
  return NotImplemented
 return __eq__


def _62():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.level,self.parent,self.year,self.status,self.url,self.published,self.deadline,self.days_late,self.reason,self.listing_url,)==(other.name,other.level,other.parent,other.year,other.status,other.url,other.published,other.deadline,other.days_late,other.reason,other.listing_url,)
  return NotImplemented
 return __eq__


def _63():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.options,self.args,self.expression,self.across,)==(other.name,other.options,other.args,other.expression,other.across,)
  return NotImplemented
 return __eq__


def _64():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.parse,self.render,self.read,self.suffixes,self.content_types,self.magic,self.magic_within,self.binary,self.in_folders,)==(other.name,other.parse,other.render,other.read,other.suffixes,other.content_types,other.magic,other.magic_within,other.binary,other.in_folders,)
  return NotImplemented
 return __eq__


def _65():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.result,self.note,self.reader,)==(other.name,other.result,other.note,other.reader,)
  return NotImplemented
 return __eq__


def _66():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.no,self.kind,self.cells,self.md_level,self.exact,)==(other.no,other.kind,other.cells,other.md_level,other.exact,)
  return NotImplemented
 return __eq__


def _67():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.op,self.left,self.right,)==(other.op,other.left,other.right,)
  return NotImplemented
 return __eq__


def _68():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pack,self.lang,self.color,self.version,)==(other.pack,other.lang,other.color,other.version,)
  return NotImplemented
 return __eq__


def _69():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.per_host,self.delay,self.concurrency,self.refetch,self.respect_robots,self.processes,self.time_limit,self.max_pages,self.start_method,self.fetch,self.lint,)==(other.per_host,other.delay,other.concurrency,other.refetch,other.respect_robots,other.processes,other.time_limit,other.max_pages,other.start_method,other.fetch,other.lint,)
  return NotImplemented
 return __eq__


def _70():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.prose,self.spans,)==(other.prose,other.spans,)
  return NotImplemented
 return __eq__


def _71():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,)==(other.queue,other.documents,other.reports,other.errors,other.warnings,other.codes,other.cross_codes,)
  return NotImplemented
 return __eq__


def _72():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.raw,self.kind,self.value,self.line,self.column,self.end_column,)==(other.raw,other.kind,other.value,other.line,other.column,other.end_column,)
  return NotImplemented
 return __eq__


def _73():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.raw,self.kind,self.value,self.loc,)==(other.raw,other.kind,other.value,other.loc,)
  return NotImplemented
 return __eq__


def _74():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.reports,self.pages,self.attachments,)==(other.reports,other.pages,other.attachments,)
  return NotImplemented
 return __eq__


def _75():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.result,self.name,self.data,self.kind,)==(other.result,other.name,other.data,other.kind,)
  return NotImplemented
 return __eq__


def _76():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,)==(other.row,other.col,other.rowspan,other.colspan,other.x0,other.x1,other.top,other.bottom,)
  return NotImplemented
 return __eq__


def _77():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,self.kind,self.text,self.confidence,self.note,)==(other.row,other.col,other.rowspan,other.colspan,other.x0,other.x1,other.top,other.bottom,other.kind,other.text,other.confidence,other.note,)
  return NotImplemented
 return __eq__


def _78():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rule,self.text,)==(other.rule,other.text,)
  return NotImplemented
 return __eq__


def _79():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ruled,self.columns,self.rows,self.cells,self.notes,)==(other.ruled,other.columns,other.rows,other.cells,other.notes,)
  return NotImplemented
 return __eq__


def _80():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.says,self.kind,self.documents,self.parents,)==(other.says,other.kind,other.documents,other.parents,)
  return NotImplemented
 return __eq__


def _81():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.select,self.ignore,)==(other.select,other.ignore,)
  return NotImplemented
 return __eq__


def _82():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.select,self.ignore,self.extend_select,self.per_file_ignores,self.severity,self.fail_level,self.lang,self.rules,self.exclude,self.file,)==(other.select,other.ignore,other.extend_select,other.per_file_ignores,other.severity,other.fail_level,other.lang,other.rules,other.exclude,other.file,)
  return NotImplemented
 return __eq__


def _83():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.selection,self.max_bytes,self.published,self.fetch,self.packs,self.severity,self.debug,self.ocr,)==(other.selection,other.max_bytes,other.published,other.fetch,other.packs,other.severity,other.debug,other.ocr,)
  return NotImplemented
 return __eq__


def _84():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.document,self.findings,self.notes,self.pack,)==(other.source,other.document,other.findings,other.notes,other.pack,)
  return NotImplemented
 return __eq__


def _85():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.headings,self.sections,self.paragraphs,self.tables,self.format,self.year,self.agency,self.problems,self.line_count,self.images,self.line_pages,self.markers,self.shape,self.original,self.line_origins,self.notes,self.ocr,self.ocr_missing,)==(other.source,other.headings,other.sections,other.paragraphs,other.tables,other.format,other.year,other.agency,other.problems,other.line_count,other.images,other.line_pages,other.markers,other.shape,other.original,other.line_origins,other.notes,other.ocr,other.ocr_missing,)
  return NotImplemented
 return __eq__


def _86():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.line,self.column,self.end_line,self.end_column,self.page,)==(other.source,other.line,other.column,other.end_line,other.end_column,other.page,)
  return NotImplemented
 return __eq__


def _87():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.width,self.height,self.lines,self.tables,self.complete,self.notes,self.seconds,)==(other.source,other.width,other.height,other.lines,other.tables,other.complete,other.notes,other.seconds,)
  return NotImplemented
 return __eq__


def _88():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.width,self.height,self.ruled,self.columns,self.rows,self.cells,self.engine,self.complete,self.notes,self.seconds,)==(other.source,other.width,other.height,other.ruled,other.columns,other.rows,other.cells,other.engine,other.complete,other.notes,other.seconds,)
  return NotImplemented
 return __eq__


def _89():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,)==(other.start,other.end,)
  return NotImplemented
 return __eq__


def _90():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,)==(other.status,other.errors,other.warnings,other.infos,other.top,other.page,other.figures,)
  return NotImplemented
 return __eq__


def _91():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.table,self.row,self.col,self.qual,)==(other.table,other.row,other.col,other.qual,)
  return NotImplemented
 return __eq__


def _92():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.table,self.row,self.col,self.value,self.qual,)==(other.table,other.row,other.col,other.value,other.qual,)
  return NotImplemented
 return __eq__


def _93():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.table,self.row,self.column,self.section,self.paragraph,self.quote,self.heading,self.page,self.docx,self.image,)==(other.table,other.row,other.column,other.section,other.paragraph,other.quote,other.heading,other.page,other.docx,other.image,)
  return NotImplemented
 return __eq__


def _94():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.table,self.rows,self.cols,self.qual,)==(other.table,other.rows,other.cols,other.qual,)
  return NotImplemented
 return __eq__


def _95():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.confidence,self.look,)==(other.text,other.confidence,other.look,)
  return NotImplemented
 return __eq__


def _96():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.encoding,self.reason,)==(other.text,other.encoding,other.reason,)
  return NotImplemented
 return __eq__


def _97():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.fit,self.margin,self.rival,self.sign,)==(other.text,other.fit,other.margin,other.rival,other.sign,)
  return NotImplemented
 return __eq__


def _98():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.left,self.op,self.right,)==(other.text,other.left,other.op,other.right,)
  return NotImplemented
 return __eq__


def _99():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.loc,)==(other.text,other.loc,)
  return NotImplemented
 return __eq__


def _100():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.ordinal,self.bold,self.line,self.column,self.end_column,)==(other.text,other.ordinal,other.bold,other.line,other.column,other.end_column,)
  return NotImplemented
 return __eq__


def _101():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.ordinal,self.system,self.number,self.level,self.loc,)==(other.text,other.ordinal,other.system,other.number,other.level,other.loc,)
  return NotImplemented
 return __eq__


def _102():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.spot,)==(other.text,other.spot,)
  return NotImplemented
 return __eq__


def _103():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.start,self.end,)==(other.text,other.start,other.end,)
  return NotImplemented
 return __eq__


def _104():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.starts,self.locs,)==(other.text,other.starts,other.locs,)
  return NotImplemented
 return __eq__


def _105():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.confidence,)
  return NotImplemented
 return __eq__


def _106():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,self.row,self.col,self.kind,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.confidence,other.row,other.col,other.kind,)
  return NotImplemented
 return __eq__


def _107():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.x0,self.x1,self.top,self.bottom,self.loc,self.confidence,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.loc,other.confidence,)
  return NotImplemented
 return __eq__


def _108():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.texts,self.first,)==(other.texts,other.first,)
  return NotImplemented
 return __eq__


def _109():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.top,self.bottom,self.left,self.right,self.parts,)==(other.top,other.bottom,other.left,other.right,other.parts,)
  return NotImplemented
 return __eq__


def _110():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.tpl,self.source,self.cells,self.row_lines,self.extra,self.shape,self.glued,self.glued_rows,self.unread,self.unplaced,self.notes,self.first,self.taken,)==(other.tpl,other.source,other.cells,other.row_lines,other.extra,other.shape,other.glued,other.glued_rows,other.unread,other.unplaced,other.notes,other.first,other.taken,)
  return NotImplemented
 return __eq__


def _111():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.type,self.required,self.default,self.doc,)==(other.type,other.required,other.default,other.doc,)
  return NotImplemented
 return __eq__


def _112():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.type,self.title,self.body_markers,self.listing_link,self.formats,)==(other.type,other.title,other.body_markers,other.listing_link,other.formats,)
  return NotImplemented
 return __eq__


def _113():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.url,self.discovered_from,self.agency,self.year,self.published,self.is_report,self.http_status,)==(other.url,other.discovered_from,other.agency,other.year,other.published,other.is_report,other.http_status,)
  return NotImplemented
 return __eq__


def _114():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.url,self.kind,self.discovered_from,self.state,self.note,self.note_zh,)==(other.url,other.kind,other.discovered_from,other.state,other.note,other.note_zh,)
  return NotImplemented
 return __eq__


def _115():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,)==(other.value,)
  return NotImplemented
 return __eq__


def _116():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.expression,self.conversion,self.format_spec,)==(other.value,other.expression,other.conversion,other.format_spec,)
  return NotImplemented
 return __eq__


def _117():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.widest,self.bare,)==(other.widest,other.bare,)
  return NotImplemented
 return __eq__


def _118():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.words,)==(other.words,)
  return NotImplemented
 return __eq__


def _119():
 def __hash__(self):
  return hash((self.as_of,self.years,self.rows,self.findings,self.unattributed,self.queue,self.documents,self.reports,self.roster,self.pages,self.lang,))
 return __hash__


def _120():
 def __hash__(self):
  return hash((self.body,self.year,self.url,self.code,self.rule,self.severity,self.message,self.place,self.across,self.other_url,))
 return __hash__


def _121():
 def __hash__(self):
  return hash((self.by_kind,self.pack,))
 return __hash__


def _122():
 def __hash__(self):
  return hash((self.cells,))
 return __hash__


def _123():
 def __hash__(self):
  return hash((self.cells,self.tokens,))
 return __hash__


def _124():
 def __hash__(self):
  return hash((self.code,self.args,self.loc,))
 return __hash__


def _125():
 def __hash__(self):
  return hash((self.code,self.name,self.kind,self.severity,self.summary,self.message,self.rationale,self.for_,self.expr,self.options,self.examples,self.cases,self.against,self.applies,))
 return __hash__


def _126():
 def __hash__(self):
  return hash((self.code,self.name,self.severity,self.args,self.loc,self.where,self.evidence,))
 return __hash__


def _127():
 def __hash__(self):
  return hash((self.code,self.residual,self.coef,))
 return __hash__


def _128():
 def __hash__(self):
  return hash((self.connect_timeout,self.read_timeout,self.deadline,self.retries,self.backoff,self.max_redirects,self.max_bytes,self.verify_tls,self.cache_dir,self.allow_private,self.images,))
 return __hash__


def _129():
 def __hash__(self):
  return hash((self.corpus,self.doc,))
 return __hash__


def _130():
 def __hash__(self):
  return hash((self.count,self.span,self.percent,self.percent_span,self.sentence,))
 return __hash__


def _131():
 def __hash__(self):
  return hash((self.data,self.member,self.texts,))
 return __hash__


def _132():
 def __hash__(self):
  return hash((self.drawn,self.pitch,self.steps,))
 return __hash__


def _133():
 def __hash__(self):
  return hash((self.enabled,self.engine,self.table_seconds,self.document_seconds,self.progress,))
 return __hash__


def _134():
 def __hash__(self):
  return hash((self.expr,self.env,self.rows,))
 return __hash__


def _135():
 def __hash__(self):
  return hash((self.expr,self.for_,))
 return __hash__


def _136():
 def __hash__(self):
  return hash((self.face,self.quality,self.readings,))
 return __hash__


def _137():
 def __hash__(self):
  return hash((self.format_id,self.gtrid,self.bqual,self.prepared,self.owner,self.database,))
 return __hash__


def _138():
 def __hash__(self):
  return hash((self.g,self.digit,self.which,))
 return __hash__


def _139():
 def __hash__(self):
  return hash((self.gray,self.ink,self.rules,self.grid,))
 return __hash__


def _140():
 def __hash__(self):
  return hash((self.holds,self.left,self.right,self.left_terms,self.right_terms,))
 return __hash__


def _141():
 def __hash__(self):
  return hash((self.horizontal,self.vertical,self.mask,self.em,))
 return __hash__


def _142():
 def __hash__(self):
  return hash((self.host,self.items,self.options,self.scopes,self.robots,self.not_before,self.known_docs,self.store,self.wait,))
 return __hash__


def _143():
 def __hash__(self):
  return hash((self.host,self.port,))
 return __hash__


def _144():
 def __hash__(self):
  return hash((self.id,self.loc,self.cells,self.rows,self.columns,self.extra_rows,self.row_locs,self.unread_rows,))
 return __hash__


def _145():
 def __hash__(self):
  return hash((self.image,self.row,self.col,self.confidence,self.read,self.note,))
 return __hash__


def _146():
 def __hash__(self):
  return hash((self.info,self.text,self.problems,self.raw,))
 return __hash__


def _147():
 def __hash__(self):
  return hash((self.ink,self.baseline,))
 return __hash__


def _148():
 def __hash__(self):
  return hash((self.key,self.heading,self.match,self.start_line,self.end_line,self.start,self.end,))
 return __hash__


def _149():
 def __hash__(self):
  return hash((self.key,self.label,self.aliases,self.group,self.kind,))
 return __hash__


def _150():
 def __hash__(self):
  return hash((self.key,self.label,self.aliases,self.ordinal,self.group,self.block,self.columns,))
 return __hash__


def _151():
 def __hash__(self):
  return hash((self.key,self.label,self.ordinal,))
 return __hash__


def _152():
 def __hash__(self):
  return hash((self.key,self.ordinal,self.title,self.variants,self.keywords,self.long_forms,self.optional,))
 return __hash__


def _153():
 def __hash__(self):
  return hash((self.key,self.pattern,self.label,))
 return __hash__


def _154():
 def __hash__(self):
  return hash((self.key,self.target,self.ordinal,))
 return __hash__


def _155():
 def __hash__(self):
  return hash((self.kind,self.cells,self.level,self.bold,self.table,))
 return __hash__


def _156():
 def __hash__(self):
  return hash((self.kind,self.labels,self.cells,self.top,self.bands,))
 return __hash__


def _157():
 def __hash__(self):
  return hash((self.kind,self.name,self.data,self.url,self.lang,))
 return __hash__


def _158():
 def __hash__(self):
  return hash((self.label,self.loc,self.values,))
 return __hash__


def _159():
 def __hash__(self):
  return hash((self.label,self.x0,self.x1,))
 return __hash__


def _160():
 def __hash__(self):
  return hash((self.line,self.column,))
 return __hash__


def _161():
 def __hash__(self):
  return hash((self.line,self.labels,self.values,self.cells,self.index,self.layout,self.tail,self.parts,self.above,self.full,))
 return __hash__


def _162():
 def __hash__(self):
  return hash((self.lines,self.blocks,))
 return __hash__


def _163():
 def __hash__(self):
  return hash((self.lines,self.x0,self.x1,self.top,self.bottom,self.glyphs,self.room,self.words,self.sharpness,self.touches_border,))
 return __hash__


def _164():
 def __hash__(self):
  return hash((self.lo,self.hi,self.segments,self.virtual,))
 return __hash__


def _165():
 def __hash__(self):
  return hash((self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,))
 return __hash__


def _166():
 def __hash__(self):
  return hash((self.max_bytes,self.jobs,self.loopback,self.fetch_timeout,))
 return __hash__


def _167():
 def __hash__(self):
  return hash((self.max_pixels,self.max_side,self.table_seconds,self.page_seconds,self.document_seconds,))
 return __hash__


def _168():
 def __hash__(self):
  return hash((self.name,self.is_var,))
 return __hash__


def _169():
 def __hash__(self):
  return hash((self.name,self.kind,self.encoding,self.sha256,self.url,self.published,self.title,))
 return __hash__


def _170():
 def __hash__(self):
  return hash((self.name,self.level,self.parent,self.listing_url,))
 return __hash__


def _171():
 def __hash__(self):
  return hash((self.name,self.level,self.parent,self.year,self.status,self.url,self.published,self.deadline,self.days_late,self.reason,self.listing_url,))
 return __hash__


def _172():
 def __hash__(self):
  return hash((self.name,self.options,self.args,self.expression,self.across,))
 return __hash__


def _173():
 def __hash__(self):
  return hash((self.name,self.parse,self.render,self.read,self.suffixes,self.content_types,self.magic,self.magic_within,self.binary,self.in_folders,))
 return __hash__


def _174():
 def __hash__(self):
  return hash((self.name,self.result,self.note,self.reader,))
 return __hash__


def _175():
 def __hash__(self):
  return hash((self.no,self.kind,self.cells,self.md_level,self.exact,))
 return __hash__


def _176():
 def __hash__(self):
  return hash((self.op,self.left,self.right,))
 return __hash__


def _177():
 def __hash__(self):
  return hash((self.pack,self.lang,self.color,self.version,))
 return __hash__


def _178():
 def __hash__(self):
  return hash((self.prose,self.spans,))
 return __hash__


def _179():
 def __hash__(self):
  return hash((self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,))
 return __hash__


def _180():
 def __hash__(self):
  return hash((self.raw,self.kind,self.value,self.line,self.column,self.end_column,))
 return __hash__


def _181():
 def __hash__(self):
  return hash((self.raw,self.kind,self.value,self.loc,))
 return __hash__


def _182():
 def __hash__(self):
  return hash((self.reports,self.pages,self.attachments,))
 return __hash__


def _183():
 def __hash__(self):
  return hash((self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,))
 return __hash__


def _184():
 def __hash__(self):
  return hash((self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,self.kind,self.text,self.confidence,self.note,))
 return __hash__


def _185():
 def __hash__(self):
  return hash((self.rule,self.text,))
 return __hash__


def _186():
 def __hash__(self):
  return hash((self.ruled,self.columns,self.rows,self.cells,self.notes,))
 return __hash__


def _187():
 def __hash__(self):
  return hash((self.says,self.kind,self.documents,self.parents,))
 return __hash__


def _188():
 def __hash__(self):
  return hash((self.select,self.ignore,))
 return __hash__


def _189():
 def __hash__(self):
  return hash((self.select,self.ignore,self.extend_select,self.per_file_ignores,self.severity,self.fail_level,self.lang,self.rules,self.exclude,self.file,))
 return __hash__


def _190():
 def __hash__(self):
  return hash((self.selection,self.max_bytes,self.published,self.fetch,self.packs,self.severity,self.debug,self.ocr,))
 return __hash__


def _191():
 def __hash__(self):
  return hash((self.source,self.document,self.findings,self.notes,self.pack,))
 return __hash__


def _192():
 def __hash__(self):
  return hash((self.source,self.headings,self.sections,self.paragraphs,self.tables,self.format,self.year,self.agency,self.problems,self.line_count,self.images,self.line_pages,self.markers,self.shape,self.original,self.line_origins,self.notes,self.ocr,self.ocr_missing,))
 return __hash__


def _193():
 def __hash__(self):
  return hash((self.source,self.line,self.column,self.end_line,self.end_column,self.page,))
 return __hash__


def _194():
 def __hash__(self):
  return hash((self.source,self.width,self.height,self.lines,self.tables,self.complete,self.notes,self.seconds,))
 return __hash__


def _195():
 def __hash__(self):
  return hash((self.source,self.width,self.height,self.ruled,self.columns,self.rows,self.cells,self.engine,self.complete,self.notes,self.seconds,))
 return __hash__


def _196():
 def __hash__(self):
  return hash((self.start,self.end,))
 return __hash__


def _197():
 def __hash__(self):
  return hash((self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,))
 return __hash__


def _198():
 def __hash__(self):
  return hash((self.table,self.row,self.col,self.qual,))
 return __hash__


def _199():
 def __hash__(self):
  return hash((self.table,self.row,self.col,self.value,self.qual,))
 return __hash__


def _200():
 def __hash__(self):
  return hash((self.table,self.row,self.column,self.section,self.paragraph,self.quote,self.heading,self.page,self.docx,self.image,))
 return __hash__


def _201():
 def __hash__(self):
  return hash((self.table,self.rows,self.cols,self.qual,))
 return __hash__


def _202():
 def __hash__(self):
  return hash((self.text,self.confidence,self.look,))
 return __hash__


def _203():
 def __hash__(self):
  return hash((self.text,self.encoding,self.reason,))
 return __hash__


def _204():
 def __hash__(self):
  return hash((self.text,self.fit,self.margin,self.rival,self.sign,))
 return __hash__


def _205():
 def __hash__(self):
  return hash((self.text,self.left,self.op,self.right,))
 return __hash__


def _206():
 def __hash__(self):
  return hash((self.text,self.loc,))
 return __hash__


def _207():
 def __hash__(self):
  return hash((self.text,self.ordinal,self.bold,self.line,self.column,self.end_column,))
 return __hash__


def _208():
 def __hash__(self):
  return hash((self.text,self.ordinal,self.system,self.number,self.level,self.loc,))
 return __hash__


def _209():
 def __hash__(self):
  return hash((self.text,self.spot,))
 return __hash__


def _210():
 def __hash__(self):
  return hash((self.text,self.start,self.end,))
 return __hash__


def _211():
 def __hash__(self):
  return hash((self.text,self.starts,self.locs,))
 return __hash__


def _212():
 def __hash__(self):
  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,))
 return __hash__


def _213():
 def __hash__(self):
  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,self.row,self.col,self.kind,))
 return __hash__


def _214():
 def __hash__(self):
  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.loc,self.confidence,))
 return __hash__


def _215():
 def __hash__(self):
  return hash((self.type,self.required,self.default,self.doc,))
 return __hash__


def _216():
 def __hash__(self):
  return hash((self.type,self.title,self.body_markers,self.listing_link,self.formats,))
 return __hash__


def _217():
 def __hash__(self):
  return hash((self.url,self.discovered_from,self.agency,self.year,self.published,self.is_report,self.http_status,))
 return __hash__


def _218():
 def __hash__(self):
  return hash((self.url,self.kind,self.discovered_from,self.state,self.note,self.note_zh,))
 return __hash__


def _219():
 def __hash__(self):
  return hash((self.value,))
 return __hash__


def _220():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(as_of={self.as_of!r}, years={self.years!r}, rows={self.rows!r}, findings={self.findings!r}, unattributed={self.unattributed!r}, queue={self.queue!r}, documents={self.documents!r}, reports={self.reports!r}, roster={self.roster!r}, pages={self.pages!r}, lang={self.lang!r})"
 return __repr__


def _221():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(blocks={self.blocks!r}, title={self.title!r}, meta={self.meta!r}, attachments={self.attachments!r}, images={self.images!r}, image_refs={self.image_refs!r}, body_found={self.body_found!r}, problems={self.problems!r})"
 return __repr__


def _222():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(body={self.body!r}, year={self.year!r}, url={self.url!r}, code={self.code!r}, rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, place={self.place!r}, across={self.across!r}, other_url={self.other_url!r})"
 return __repr__


def _223():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(by_kind={self.by_kind!r}, pack={self.pack!r})"
 return __repr__


def _224():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cells={self.cells!r})"
 return __repr__


def _225():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cells={self.cells!r}, tokens={self.tokens!r})"
 return __repr__


def _226():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, args={self.args!r}, loc={self.loc!r})"
 return __repr__


def _227():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, kind={self.kind!r}, severity={self.severity!r}, summary={self.summary!r}, message={self.message!r}, rationale={self.rationale!r}, for_={self.for_!r}, expr={self.expr!r}, options={self.options!r}, examples={self.examples!r}, cases={self.cases!r}, against={self.against!r}, applies={self.applies!r})"
 return __repr__


def _228():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, severity={self.severity!r}, args={self.args!r}, loc={self.loc!r}, where={self.where!r}, evidence={self.evidence!r}, template={self.template!r}, fixes={self.fixes!r}, related={self.related!r})"
 return __repr__


def _229():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, residual={self.residual!r}, coef={self.coef!r})"
 return __repr__


def _230():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, zh={self.zh!r}, en={self.en!r}, status={self.status!r})"
 return __repr__


def _231():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(codes={self.codes!r}, first={self.first!r}, last={self.last!r}, loc={self.loc!r}, used={self.used!r})"
 return __repr__


def _232():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(connect_timeout={self.connect_timeout!r}, read_timeout={self.read_timeout!r}, deadline={self.deadline!r}, retries={self.retries!r}, backoff={self.backoff!r}, max_redirects={self.max_redirects!r}, max_bytes={self.max_bytes!r}, verify_tls={self.verify_tls!r}, cache_dir={self.cache_dir!r}, allow_private={self.allow_private!r}, images={self.images!r})"
 return __repr__


def _233():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(content_disposition={self.content_disposition!r}, field_name={self.field_name!r}, data={self.data!r}, file={self.file!r}, item_headers={self.item_headers!r})"
 return __repr__


def _234():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(corpus={self.corpus!r}, doc={self.doc!r})"
 return __repr__


def _235():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(count={self.count!r}, span={self.span!r}, percent={self.percent!r}, percent_span={self.percent_span!r}, sentence={self.sentence!r})"
 return __repr__


def _236():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(data={self.data!r}, member={self.member!r}, texts={self.texts!r})"
 return __repr__


def _237():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(discovered={self.discovered!r}, finished={self.finished!r}, fetched={self.fetched!r}, linted={self.linted!r}, errors={self.errors!r}, skipped={self.skipped!r}, lang={self.lang!r}, quiet={self.quiet!r}, stream={self.stream!r}, started={self.started!r}, lock={self.lock!r}, _at_start={self._at_start!r}, _last={self._last!r}, _logged={self._logged!r})"
 return __repr__


def _238():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(drawn={self.drawn!r}, pitch={self.pitch!r}, steps={self.steps!r})"
 return __repr__


def _239():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(enabled={self.enabled!r}, engine={self.engine!r}, table_seconds={self.table_seconds!r}, document_seconds={self.document_seconds!r}, progress={self.progress!r})"
 return __repr__


def _240():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(expr={self.expr!r}, env={self.env!r}, rows={self.rows!r})"
 return __repr__


def _241():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(expr={self.expr!r}, for_={self.for_!r})"
 return __repr__


def _242():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(face={self.face!r}, quality={self.quality!r}, readings={self.readings!r})"
 return __repr__


def _243():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(font={self.font!r}, size={self.size!r}, bank={self.bank!r}, energy={self.energy!r}, box={self.box!r}, ox={self.ox!r}, oy={self.oy!r})"
 return __repr__


def _244():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(format_id={self.format_id!r}, gtrid={self.gtrid!r}, bqual={self.bqual!r}, prepared={self.prepared!r}, owner={self.owner!r}, database={self.database!r})"
 return __repr__


def _245():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(g={self.g!r}, digit={self.digit!r}, which={self.which!r})"
 return __repr__


def _246():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(gray={self.gray!r}, ink={self.ink!r}, rules={self.rules!r}, grid={self.grid!r})"
 return __repr__


def _247():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(holds={self.holds!r}, left={self.left!r}, right={self.right!r}, left_terms={self.left_terms!r}, right_terms={self.right_terms!r})"
 return __repr__


def _248():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(horizontal={self.horizontal!r}, vertical={self.vertical!r}, mask={self.mask!r}, em={self.em!r})"
 return __repr__


def _249():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(host={self.host!r}, items={self.items!r}, options={self.options!r}, scopes={self.scopes!r}, robots={self.robots!r}, not_before={self.not_before!r}, known_docs={self.known_docs!r}, store={self.store!r}, wait={self.wait!r})"
 return __repr__


def _250():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(host={self.host!r}, port={self.port!r})"
 return __repr__


def _251():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(host={self.host!r}, writes={self.writes!r}, counts={self.counts!r}, touched={self.touched!r}, robots={self.robots!r}, ended={self.ended!r})"
 return __repr__


def _252():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, loc={self.loc!r}, cells={self.cells!r}, rows={self.rows!r}, columns={self.columns!r}, extra_rows={self.extra_rows!r}, row_locs={self.row_locs!r}, unread_rows={self.unread_rows!r})"
 return __repr__


def _253():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, section={self.section!r}, layout={self.layout!r}, columns={self.columns!r}, rows={self.rows!r}, groups={self.groups!r})"
 return __repr__


def _254():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(image={self.image!r}, row={self.row!r}, col={self.col!r}, confidence={self.confidence!r}, read={self.read!r}, note={self.note!r})"
 return __repr__


def _255():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(info={self.info!r}, db={self.db!r}, user={self.user!r}, password={self.password!r}, host={self.host!r}, hostaddr={self.hostaddr!r}, port={self.port!r}, tty={self.tty!r}, options={self.options!r}, status={self.status!r}, transaction_status={self.transaction_status!r}, pipeline_status={self.pipeline_status!r}, error_message={self.error_message!r}, _encoding={self._encoding!r}, protocol_version={self.protocol_version!r}, full_protocol_version={self.full_protocol_version!r}, server_version={self.server_version!r}, backend_pid={self.backend_pid!r}, needs_password={self.needs_password!r}, used_password={self.used_password!r}, used_gssapi={self.used_gssapi!r}, ssl_in_use={self.ssl_in_use!r}, nonblocking={self.nonblocking!r}, notice_handler={self.notice_handler!r}, notify_handler={self.notify_handler!r})"
 return __repr__


def _256():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(info={self.info!r}, text={self.text!r}, problems={self.problems!r})"
 return __repr__


def _257():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ink={self.ink!r}, baseline={self.baseline!r})"
 return __repr__


def _258():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, heading={self.heading!r}, match={self.match!r}, start_line={self.start_line!r}, end_line={self.end_line!r}, start={self.start!r}, end={self.end!r})"
 return __repr__


def _259():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, aliases={self.aliases!r}, group={self.group!r}, kind={self.kind!r})"
 return __repr__


def _260():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, aliases={self.aliases!r}, ordinal={self.ordinal!r}, group={self.group!r}, block={self.block!r}, columns={self.columns!r})"
 return __repr__


def _261():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, ordinal={self.ordinal!r})"
 return __repr__


def _262():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, ordinal={self.ordinal!r}, title={self.title!r}, variants={self.variants!r}, keywords={self.keywords!r}, long_forms={self.long_forms!r}, optional={self.optional!r})"
 return __repr__


def _263():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, pattern={self.pattern!r}, label={self.label!r})"
 return __repr__


def _264():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(key={self.key!r}, target={self.target!r}, ordinal={self.ordinal!r})"
 return __repr__


def _265():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, envvar={self.envvar!r}, compiled={self.compiled!r})"
 return __repr__


def _266():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, cells={self.cells!r}, level={self.level!r}, bold={self.bold!r}, table={self.table!r})"
 return __repr__


def _267():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, labels={self.labels!r}, cells={self.cells!r}, top={self.top!r}, bands={self.bands!r})"
 return __repr__


def _268():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, name={self.name!r}, data={self.data!r}, url={self.url!r}, lang={self.lang!r})"
 return __repr__


def _269():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, loc={self.loc!r}, values={self.values!r})"
 return __repr__


def _270():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, x0={self.x0!r}, x1={self.x1!r})"
 return __repr__


def _271():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, column={self.column!r})"
 return __repr__


def _272():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, labels={self.labels!r}, values={self.values!r}, cells={self.cells!r}, index={self.index!r}, layout={self.layout!r}, tail={self.tail!r}, parts={self.parts!r}, above={self.above!r}, full={self.full!r})"
 return __repr__


def _273():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r}, blocks={self.blocks!r})"
 return __repr__


def _274():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r}, info={self.info!r}, head={self.head!r}, line_count={self.line_count!r}, problems={self.problems!r}, images={self.images!r}, original={self.original!r}, markers={self.markers!r})"
 return __repr__


def _275():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r}, pages={self.pages!r}, problems={self.problems!r}, ocr={self.ocr!r}, notes={self.notes!r}, hint={self.hint!r}, origins={self.origins!r})"
 return __repr__


def _276():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lines={self.lines!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, glyphs={self.glyphs!r}, room={self.room!r}, words={self.words!r}, sharpness={self.sharpness!r}, touches_border={self.touches_border!r})"
 return __repr__


def _277():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lo={self.lo!r}, hi={self.hi!r}, segments={self.segments!r}, virtual={self.virtual!r})"
 return __repr__


def _278():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(loc={self.loc!r}, args={self.args!r}, where={self.where!r}, evidence={self.evidence!r}, severity={self.severity!r}, other={self.other!r}, message={self.message!r})"
 return __repr__


def _279():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_bytes={self.max_bytes!r}, jobs={self.jobs!r}, loopback={self.loopback!r}, fetch_timeout={self.fetch_timeout!r})"
 return __repr__


def _280():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_pixels={self.max_pixels!r}, max_side={self.max_side!r}, table_seconds={self.table_seconds!r}, page_seconds={self.page_seconds!r}, document_seconds={self.document_seconds!r})"
 return __repr__


def _281():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, format={self.format!r}, title={self.title!r}, format_markers={self.format_markers!r}, sections={self.sections!r}, tables={self.tables!r}, rules={self.rules!r}, path={self.path!r}, report={self.report!r}, bodies={self.bodies!r}, diagnosis={self.diagnosis!r})"
 return __repr__


def _282():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, is_var={self.is_var!r})"
 return __repr__


def _283():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, encoding={self.encoding!r}, sha256={self.sha256!r}, url={self.url!r}, published={self.published!r}, title={self.title!r})"
 return __repr__


def _284():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, listing_url={self.listing_url!r})"
 return __repr__


def _285():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, year={self.year!r}, status={self.status!r}, url={self.url!r}, published={self.published!r}, deadline={self.deadline!r}, days_late={self.days_late!r}, reason={self.reason!r}, listing_url={self.listing_url!r})"
 return __repr__


def _286():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, options={self.options!r}, args={self.args!r}, expression={self.expression!r}, across={self.across!r})"
 return __repr__


def _287():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, parse={self.parse!r}, render={self.render!r}, read={self.read!r}, suffixes={self.suffixes!r}, content_types={self.content_types!r}, magic={self.magic!r}, magic_within={self.magic_within!r}, binary={self.binary!r}, in_folders={self.in_folders!r})"
 return __repr__


def _288():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, result={self.result!r}, note={self.note!r}, reader={self.reader!r})"
 return __repr__


def _289():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, shapes={self.shapes!r}, advances={self.advances!r}, em={self.em!r}, pad={self.pad!r}, base={self.base!r}, top={self.top!r}, bottom={self.bottom!r})"
 return __repr__


def _290():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(no={self.no!r}, kind={self.kind!r}, cells={self.cells!r}, md_level={self.md_level!r}, exact={self.exact!r})"
 return __repr__


def _291():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(op={self.op!r}, left={self.left!r}, right={self.right!r})"
 return __repr__


def _292():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pack={self.pack!r}, lang={self.lang!r}, color={self.color!r}, version={self.version!r})"
 return __repr__


def _293():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(per_host={self.per_host!r}, delay={self.delay!r}, concurrency={self.concurrency!r}, refetch={self.refetch!r}, respect_robots={self.respect_robots!r}, processes={self.processes!r}, time_limit={self.time_limit!r}, max_pages={self.max_pages!r}, start_method={self.start_method!r}, fetch={self.fetch!r}, lint={self.lint!r})"
 return __repr__


def _294():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(prose={self.prose!r}, spans={self.spans!r})"
 return __repr__


def _295():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(queue={self.queue!r}, documents={self.documents!r}, reports={self.reports!r}, errors={self.errors!r}, warnings={self.warnings!r}, codes={self.codes!r}, cross_codes={self.cross_codes!r})"
 return __repr__


def _296():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, line={self.line!r}, column={self.column!r}, end_column={self.end_column!r})"
 return __repr__


def _297():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, loc={self.loc!r})"
 return __repr__


def _298():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(reports={self.reports!r}, pages={self.pages!r}, attachments={self.attachments!r})"
 return __repr__


def _299():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(result={self.result!r}, name={self.name!r}, kind={self.kind!r})"
 return __repr__


def _300():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(row={self.row!r}, col={self.col!r}, rowspan={self.rowspan!r}, colspan={self.colspan!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r})"
 return __repr__


def _301():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(row={self.row!r}, col={self.col!r}, rowspan={self.rowspan!r}, colspan={self.colspan!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, kind={self.kind!r}, text={self.text!r}, confidence={self.confidence!r}, note={self.note!r})"
 return __repr__


def _302():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rule={self.rule!r}, text={self.text!r})"
 return __repr__


def _303():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, notes={self.notes!r})"
 return __repr__


def _304():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(says={self.says!r}, kind={self.kind!r}, documents={self.documents!r}, parents={self.parents!r})"
 return __repr__


def _305():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(select={self.select!r}, ignore={self.ignore!r})"
 return __repr__


def _306():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(select={self.select!r}, ignore={self.ignore!r}, extend_select={self.extend_select!r}, per_file_ignores={self.per_file_ignores!r}, severity={self.severity!r}, fail_level={self.fail_level!r}, lang={self.lang!r}, rules={self.rules!r}, exclude={self.exclude!r}, file={self.file!r}, origins={self.origins!r})"
 return __repr__


def _307():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(selection={self.selection!r}, max_bytes={self.max_bytes!r}, published={self.published!r}, fetch={self.fetch!r}, packs={self.packs!r}, severity={self.severity!r}, debug={self.debug!r}, ocr={self.ocr!r})"
 return __repr__


def _308():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, document={self.document!r}, findings={self.findings!r}, notes={self.notes!r}, pack={self.pack!r})"
 return __repr__


def _309():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, headings={self.headings!r}, sections={self.sections!r}, paragraphs={self.paragraphs!r}, tables={self.tables!r}, format={self.format!r}, year={self.year!r}, agency={self.agency!r}, problems={self.problems!r}, line_count={self.line_count!r}, images={self.images!r}, line_pages={self.line_pages!r}, markers={self.markers!r}, shape={self.shape!r}, original={self.original!r}, line_origins={self.line_origins!r}, notes={self.notes!r}, ocr={self.ocr!r}, ocr_missing={self.ocr_missing!r})"
 return __repr__


def _310():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, line={self.line!r}, column={self.column!r}, end_line={self.end_line!r}, end_column={self.end_column!r}, page={self.page!r})"
 return __repr__


def _311():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, lines={self.lines!r}, tables={self.tables!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"
 return __repr__


def _312():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, engine={self.engine!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"
 return __repr__


def _313():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"
 return __repr__


def _314():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, errors={self.errors!r}, warnings={self.warnings!r}, infos={self.infos!r}, top={self.top!r}, page={self.page!r}, figures={self.figures!r})"
 return __repr__


def _315():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, col={self.col!r}, qual={self.qual!r})"
 return __repr__


def _316():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, col={self.col!r}, value={self.value!r}, qual={self.qual!r})"
 return __repr__


def _317():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, column={self.column!r}, section={self.section!r}, paragraph={self.paragraph!r}, quote={self.quote!r}, heading={self.heading!r}, page={self.page!r}, docx={self.docx!r}, image={self.image!r})"
 return __repr__


def _318():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(table={self.table!r}, rows={self.rows!r}, cols={self.cols!r}, qual={self.qual!r})"
 return __repr__


def _319():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, confidence={self.confidence!r}, look={self.look!r})"
 return __repr__


def _320():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, encoding={self.encoding!r}, reason={self.reason!r})"
 return __repr__


def _321():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, fit={self.fit!r}, margin={self.margin!r}, rival={self.rival!r}, sign={self.sign!r})"
 return __repr__


def _322():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, left={self.left!r}, op={self.op!r}, right={self.right!r})"
 return __repr__


def _323():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, loc={self.loc!r})"
 return __repr__


def _324():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, ordinal={self.ordinal!r}, bold={self.bold!r}, line={self.line!r}, column={self.column!r}, end_column={self.end_column!r})"
 return __repr__


def _325():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, ordinal={self.ordinal!r}, system={self.system!r}, number={self.number!r}, level={self.level!r}, loc={self.loc!r})"
 return __repr__


def _326():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, spot={self.spot!r})"
 return __repr__


def _327():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, start={self.start!r}, end={self.end!r})"
 return __repr__


def _328():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, starts={self.starts!r}, locs={self.locs!r})"
 return __repr__


def _329():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, confidence={self.confidence!r})"
 return __repr__


def _330():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, confidence={self.confidence!r}, row={self.row!r}, col={self.col!r}, kind={self.kind!r})"
 return __repr__


def _331():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, loc={self.loc!r}, confidence={self.confidence!r})"
 return __repr__


def _332():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(texts={self.texts!r}, first={self.first!r})"
 return __repr__


def _333():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(top={self.top!r}, bottom={self.bottom!r}, left={self.left!r}, right={self.right!r}, parts={self.parts!r})"
 return __repr__


def _334():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(tpl={self.tpl!r}, source={self.source!r}, cells={self.cells!r}, row_lines={self.row_lines!r}, extra={self.extra!r}, shape={self.shape!r}, glued={self.glued!r}, glued_rows={self.glued_rows!r}, unread={self.unread!r}, unplaced={self.unplaced!r}, notes={self.notes!r}, first={self.first!r}, taken={self.taken!r})"
 return __repr__


def _335():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(type={self.type!r}, required={self.required!r}, default={self.default!r}, doc={self.doc!r})"
 return __repr__


def _336():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(type={self.type!r}, title={self.title!r}, body_markers={self.body_markers!r}, listing_link={self.listing_link!r}, formats={self.formats!r})"
 return __repr__


def _337():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(url={self.url!r}, discovered_from={self.discovered_from!r}, agency={self.agency!r}, year={self.year!r}, published={self.published!r}, is_report={self.is_report!r}, http_status={self.http_status!r})"
 return __repr__


def _338():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(url={self.url!r}, kind={self.kind!r}, discovered_from={self.discovered_from!r}, state={self.state!r}, note={self.note!r}, note_zh={self.note_zh!r})"
 return __repr__


def _339():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r})"
 return __repr__


def _340():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, expression={self.expression!r}, conversion={self.conversion!r}, format_spec={self.format_spec!r})"
 return __repr__


def _341():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(widest={self.widest!r}, bare={self.bare!r})"
 return __repr__


def _342():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(words={self.words!r})"
 return __repr__


def _343(_type_as_of, _type_years, _type_rows, _type_findings, _type_unattributed, _type_queue, _type_documents, _type_reports, _type_roster, _type_pages, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _return_type):
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


def _344(_type_blocks, _type_title, _type_meta, _type_attachments, _type_images, _type_image_refs, _type_body_found, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _dflt_title, _dflt_meta, _dflt_attachments, _dflt_images, _dflt_image_refs, _dflt_body_found, _dflt_problems, _return_type):
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


def _345(_type_body, _type_year, _type_url, _type_code, _type_rule, _type_severity, _type_message, _type_place, _type_across, _type_other_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_across, _dflt_other_url, _return_type):
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


def _346(_type_by_kind, _type_pack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pack, _return_type):
 def __init__(self,by_kind:_type_by_kind,pack:_type_pack=_dflt_pack)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'by_kind',by_kind)
  __dataclass_builtins_object__.__setattr__(self,'pack',pack)
 return __init__


def _347(_type_cells, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,cells:_type_cells)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
 return __init__


def _348(_type_cells, _type_tokens, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,cells:_type_cells,tokens:_type_tokens)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)
 return __init__


def _349(_type_code, _type_args, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,code:_type_code,args:_type_args,loc:_type_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'args',args)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


def _350(_type_code, _type_name, _type_kind, _type_severity, _type_summary, _type_message, _type_rationale, _type_for_, _type_expr, _type_options, _type_examples, _type_cases, _type_against, _type_applies, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_for_, _dflt_expr, _dflt_options, _dflt_examples, _dflt_cases, _dflt_against, _dflt_applies, _return_type):
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


def _351(_type_code, _type_name, _type_severity, _type_args, _type_loc, _type_where, _type_evidence, _type_template, _type_fixes, _type_related, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _dflt_evidence, _dflt_template, _dflt_fixes, _dflt_related, _return_type):
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


def _352(_type_code, _type_residual, _type_coef, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,code:_type_code,residual:_type_residual,coef:_type_coef)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'residual',residual)
  __dataclass_builtins_object__.__setattr__(self,'coef',coef)
 return __init__


def _353(_type_code, _type_zh, _type_en, _type_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_status, _return_type):
 def __init__(self,code:_type_code,zh:_type_zh,en:_type_en,status:_type_status=_dflt_status)->_return_type:
  self.code=code
  self.zh=zh
  self.en=en
  self.status=status
 return __init__


def _354(_type_codes, _type_first, _type_last, _type_loc, _type_used, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_used, _return_type):
 def __init__(self,codes:_type_codes,first:_type_first,last:_type_last,loc:_type_loc,used:_type_used=_dflt_used)->_return_type:
  self.codes=codes
  self.first=first
  self.last=last
  self.loc=loc
  self.used=used
 return __init__


def _355(_type_connect_timeout, _type_read_timeout, _type_deadline, _type_retries, _type_backoff, _type_max_redirects, _type_max_bytes, _type_verify_tls, _type_cache_dir, _type_allow_private, _type_images, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_connect_timeout, _dflt_read_timeout, _dflt_deadline, _dflt_retries, _dflt_backoff, _dflt_max_redirects, _dflt_max_bytes, _dflt_verify_tls, _dflt_cache_dir, _dflt_allow_private, _dflt_images, _return_type):
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


def _356(_type_content_disposition, _type_field_name, _type_data, _type_file, _type_item_headers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_content_disposition, _dflt_field_name, _dflt_data, _dflt_file, _dflt_item_headers, _return_type):
 def __init__(self,content_disposition:_type_content_disposition=_dflt_content_disposition,field_name:_type_field_name=_dflt_field_name,data:_type_data=_HAS_DEFAULT_FACTORY,file:_type_file=_dflt_file,item_headers:_type_item_headers=_HAS_DEFAULT_FACTORY)->_return_type:
  self.content_disposition=content_disposition
  self.field_name=field_name
  self.data=_dflt_data() if data is _HAS_DEFAULT_FACTORY else data
  self.file=file
  self.item_headers=_dflt_item_headers() if item_headers is _HAS_DEFAULT_FACTORY else item_headers
 return __init__


def _357(_type_corpus, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,corpus:_type_corpus,doc:_type_doc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'corpus',corpus)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
 return __init__


def _358(_type_count, _type_span, _type_percent, _type_percent_span, _type_sentence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_percent, _dflt_percent_span, _dflt_sentence, _return_type):
 def __init__(self,count:_type_count,span:_type_span,percent:_type_percent=_dflt_percent,percent_span:_type_percent_span=_dflt_percent_span,sentence:_type_sentence=_dflt_sentence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'count',count)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'percent_span',percent_span)
  __dataclass_builtins_object__.__setattr__(self,'sentence',sentence)
 return __init__


def _359(_type_data, _type_member, _type_texts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,data:_type_data,member:_type_member,texts:_type_texts)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'member',member)
  __dataclass_builtins_object__.__setattr__(self,'texts',texts)
 return __init__


def _360(_type_discovered, _type_finished, _type_fetched, _type_linted, _type_errors, _type_skipped, _type_lang, _type_quiet, _type_stream, _type_started, _type_lock, _type__at_start, _type__last, _type__logged, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_discovered, _dflt_finished, _dflt_fetched, _dflt_linted, _dflt_errors, _dflt_skipped, _dflt_lang, _dflt_quiet, _dflt_stream, _dflt_started, _dflt_lock, _dflt__at_start, _dflt__last, _dflt__logged, _return_type):
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


def _361(_type_drawn, _type_pitch, _type_steps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,drawn:_type_drawn,pitch:_type_pitch,steps:_type_steps)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'drawn',drawn)
  __dataclass_builtins_object__.__setattr__(self,'pitch',pitch)
  __dataclass_builtins_object__.__setattr__(self,'steps',steps)
 return __init__


def _362(_type_enabled, _type_engine, _type_table_seconds, _type_document_seconds, _type_progress, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_enabled, _dflt_engine, _dflt_table_seconds, _dflt_document_seconds, _dflt_progress, _return_type):
 def __init__(self,enabled:_type_enabled=_dflt_enabled,engine:_type_engine=_dflt_engine,table_seconds:_type_table_seconds=_dflt_table_seconds,document_seconds:_type_document_seconds=_dflt_document_seconds,progress:_type_progress=_dflt_progress)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'enabled',enabled)
  __dataclass_builtins_object__.__setattr__(self,'engine',engine)
  __dataclass_builtins_object__.__setattr__(self,'table_seconds',table_seconds)
  __dataclass_builtins_object__.__setattr__(self,'document_seconds',document_seconds)
  __dataclass_builtins_object__.__setattr__(self,'progress',progress)
 return __init__


def _363(_type_expr, _type_env, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,expr:_type_expr,env:_type_env,rows:_type_rows)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'env',env)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
 return __init__


def _364(_type_expr, _type_for_, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,expr:_type_expr,for_:_type_for_)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'for_',for_)
 return __init__


def _365(_type_face, _type_quality, _type_readings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,face:_type_face,quality:_type_quality,readings:_type_readings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'face',face)
  __dataclass_builtins_object__.__setattr__(self,'quality',quality)
  __dataclass_builtins_object__.__setattr__(self,'readings',readings)
 return __init__


def _366(_type_font, _type_size, _type_bank, _type_energy, _type_box, _type_ox, _type_oy, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,font:_type_font,size:_type_size,bank:_type_bank,energy:_type_energy,box:_type_box,ox:_type_ox,oy:_type_oy)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'font',font)
  __dataclass_builtins_object__.__setattr__(self,'size',size)
  __dataclass_builtins_object__.__setattr__(self,'bank',bank)
  __dataclass_builtins_object__.__setattr__(self,'energy',energy)
  __dataclass_builtins_object__.__setattr__(self,'box',box)
  __dataclass_builtins_object__.__setattr__(self,'ox',ox)
  __dataclass_builtins_object__.__setattr__(self,'oy',oy)
 return __init__


def _367(_type_format_id, _type_gtrid, _type_bqual, _type_prepared, _type_owner, _type_database, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prepared, _dflt_owner, _dflt_database, _return_type):
 def __init__(self,format_id:_type_format_id,gtrid:_type_gtrid,bqual:_type_bqual,prepared:_type_prepared=_dflt_prepared,owner:_type_owner=_dflt_owner,database:_type_database=_dflt_database)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'format_id',format_id)
  __dataclass_builtins_object__.__setattr__(self,'gtrid',gtrid)
  __dataclass_builtins_object__.__setattr__(self,'bqual',bqual)
  __dataclass_builtins_object__.__setattr__(self,'prepared',prepared)
  __dataclass_builtins_object__.__setattr__(self,'owner',owner)
  __dataclass_builtins_object__.__setattr__(self,'database',database)
 return __init__


def _368(_type_g, _type_digit, _type_which, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,g:_type_g,digit:_type_digit,which:_type_which)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'g',g)
  __dataclass_builtins_object__.__setattr__(self,'digit',digit)
  __dataclass_builtins_object__.__setattr__(self,'which',which)
 return __init__


def _369(_type_gray, _type_ink, _type_rules, _type_grid, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,gray:_type_gray,ink:_type_ink,rules:_type_rules,grid:_type_grid)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'gray',gray)
  __dataclass_builtins_object__.__setattr__(self,'ink',ink)
  __dataclass_builtins_object__.__setattr__(self,'rules',rules)
  __dataclass_builtins_object__.__setattr__(self,'grid',grid)
 return __init__


def _370(_type_holds, _type_left, _type_right, _type_left_terms, _type_right_terms, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,holds:_type_holds,left:_type_left,right:_type_right,left_terms:_type_left_terms,right_terms:_type_right_terms)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'holds',holds)
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
  __dataclass_builtins_object__.__setattr__(self,'left_terms',left_terms)
  __dataclass_builtins_object__.__setattr__(self,'right_terms',right_terms)
 return __init__


def _371(_type_horizontal, _type_vertical, _type_mask, _type_em, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,horizontal:_type_horizontal,vertical:_type_vertical,mask:_type_mask,em:_type_em)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'horizontal',horizontal)
  __dataclass_builtins_object__.__setattr__(self,'vertical',vertical)
  __dataclass_builtins_object__.__setattr__(self,'mask',mask)
  __dataclass_builtins_object__.__setattr__(self,'em',em)
 return __init__


def _372(_type_host, _type_items, _type_options, _type_scopes, _type_robots, _type_not_before, _type_known_docs, _type_store, _type_wait, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_known_docs, _dflt_store, _dflt_wait, _return_type):
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


def _373(_type_host, _type_port, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,host:_type_host,port:_type_port)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'host',host)
  __dataclass_builtins_object__.__setattr__(self,'port',port)
 return __init__


def _374(_type_host, _type_writes, _type_counts, _type_touched, _type_robots, _type_ended, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_writes, _dflt_counts, _dflt_touched, _dflt_robots, _dflt_ended, _return_type):
 def __init__(self,host:_type_host,writes:_type_writes=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY,touched:_type_touched=_HAS_DEFAULT_FACTORY,robots:_type_robots=_HAS_DEFAULT_FACTORY,ended:_type_ended=_dflt_ended)->_return_type:
  self.host=host
  self.writes=_dflt_writes() if writes is _HAS_DEFAULT_FACTORY else writes
  self.counts=_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts
  self.touched=_dflt_touched() if touched is _HAS_DEFAULT_FACTORY else touched
  self.robots=_dflt_robots() if robots is _HAS_DEFAULT_FACTORY else robots
  self.ended=ended
 return __init__


def _375(_type_id, _type_loc, _type_cells, _type_rows, _type_columns, _type_extra_rows, _type_row_locs, _type_unread_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra_rows, _dflt_row_locs, _dflt_unread_rows, _return_type):
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


def _376(_type_id, _type_title, _type_section, _type_layout, _type_columns, _type_rows, _type_groups, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_groups, _return_type):
 def __init__(self,id:_type_id,title:_type_title,section:_type_section,layout:_type_layout,columns:_type_columns,rows:_type_rows,groups:_type_groups=_dflt_groups)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'section',section)
  __dataclass_builtins_object__.__setattr__(self,'layout',layout)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'groups',groups)
 return __init__


def _377(_type_image, _type_row, _type_col, _type_confidence, _type_read, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_note, _return_type):
 def __init__(self,image:_type_image,row:_type_row,col:_type_col,confidence:_type_confidence,read:_type_read=_dflt_read,note:_type_note=_dflt_note)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'image',image)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'read',read)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
 return __init__


def _378(_type_info, _type_db, _type_user, _type_password, _type_host, _type_hostaddr, _type_port, _type_tty, _type_options, _type_status, _type_transaction_status, _type_pipeline_status, _type_error_message, _type__encoding, _type_protocol_version, _type_full_protocol_version, _type_server_version, _type_backend_pid, _type_needs_password, _type_used_password, _type_used_gssapi, _type_ssl_in_use, _type_nonblocking, _type_notice_handler, _type_notify_handler, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_info, _dflt_db, _dflt_user, _dflt_password, _dflt_host, _dflt_hostaddr, _dflt_port, _dflt_tty, _dflt_options, _dflt_status, _dflt_transaction_status, _dflt_pipeline_status, _dflt_error_message, _dflt__encoding, _dflt_protocol_version, _dflt_full_protocol_version, _dflt_server_version, _dflt_backend_pid, _dflt_needs_password, _dflt_used_password, _dflt_used_gssapi, _dflt_ssl_in_use, _dflt_nonblocking, _dflt_notice_handler, _dflt_notify_handler, _return_type):
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


def _379(_type_info, _type_text, _type_problems, _type_raw, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_raw, _return_type):
 def __init__(self,info:_type_info,text:_type_text,problems:_type_problems=_dflt_problems,raw:_type_raw=_dflt_raw)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'info',info)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'problems',problems)
  __dataclass_builtins_object__.__setattr__(self,'raw',raw)
 return __init__


def _380(_type_ink, _type_baseline, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ink:_type_ink,baseline:_type_baseline)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ink',ink)
  __dataclass_builtins_object__.__setattr__(self,'baseline',baseline)
 return __init__


def _381(_type_key, _type_heading, _type_match, _type_start_line, _type_end_line, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_start, _dflt_end, _return_type):
 def __init__(self,key:_type_key,heading:_type_heading,match:_type_match,start_line:_type_start_line,end_line:_type_end_line,start:_type_start=_dflt_start,end:_type_end=_dflt_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'heading',heading)
  __dataclass_builtins_object__.__setattr__(self,'match',match)
  __dataclass_builtins_object__.__setattr__(self,'start_line',start_line)
  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
 return __init__


def _382(_type_key, _type_label, _type_aliases, _type_group, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_group, _dflt_kind, _return_type):
 def __init__(self,key:_type_key,label:_type_label,aliases:_type_aliases=_dflt_aliases,group:_type_group=_dflt_group,kind:_type_kind=_dflt_kind)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)
  __dataclass_builtins_object__.__setattr__(self,'group',group)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
 return __init__


def _383(_type_key, _type_label, _type_aliases, _type_ordinal, _type_group, _type_block, _type_columns, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_ordinal, _dflt_group, _dflt_block, _dflt_columns, _return_type):
 def __init__(self,key:_type_key,label:_type_label,aliases:_type_aliases=_dflt_aliases,ordinal:_type_ordinal=_dflt_ordinal,group:_type_group=_dflt_group,block:_type_block=_dflt_block,columns:_type_columns=_dflt_columns)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'group',group)
  __dataclass_builtins_object__.__setattr__(self,'block',block)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
 return __init__


def _384(_type_key, _type_label, _type_ordinal, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ordinal, _return_type):
 def __init__(self,key:_type_key,label:_type_label,ordinal:_type_ordinal=_dflt_ordinal)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
 return __init__


def _385(_type_key, _type_ordinal, _type_title, _type_variants, _type_keywords, _type_long_forms, _type_optional, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_variants, _dflt_keywords, _dflt_long_forms, _dflt_optional, _return_type):
 def __init__(self,key:_type_key,ordinal:_type_ordinal,title:_type_title,variants:_type_variants=_dflt_variants,keywords:_type_keywords=_dflt_keywords,long_forms:_type_long_forms=_dflt_long_forms,optional:_type_optional=_dflt_optional)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'variants',variants)
  __dataclass_builtins_object__.__setattr__(self,'keywords',keywords)
  __dataclass_builtins_object__.__setattr__(self,'long_forms',long_forms)
  __dataclass_builtins_object__.__setattr__(self,'optional',optional)
 return __init__


def _386(_type_key, _type_pattern, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,key:_type_key,pattern:_type_pattern,label:_type_label)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
 return __init__


def _387(_type_key, _type_target, _type_ordinal, _type_matcher, _type_counts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_matcher, _dflt_counts, _return_type):
 def __init__(self,key:_type_key,target:_type_target,ordinal:_type_ordinal,matcher:_type_matcher=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'matcher',_dflt_matcher() if matcher is _HAS_DEFAULT_FACTORY else matcher)
  __dataclass_builtins_object__.__setattr__(self,'counts',_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts)
 return __init__


def _388(_type_keyword, _type_envvar, _type_compiled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,keyword:_type_keyword,envvar:_type_envvar,compiled:_type_compiled)->_return_type:
  self.keyword=keyword
  self.envvar=envvar
  self.compiled=compiled
 return __init__


def _389(_type_kind, _type_cells, _type_level, _type_bold, _type_table, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_level, _dflt_bold, _dflt_table, _return_type):
 def __init__(self,kind:_type_kind,cells:_type_cells,level:_type_level=_dflt_level,bold:_type_bold=_dflt_bold,table:_type_table=_dflt_table)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'bold',bold)
  __dataclass_builtins_object__.__setattr__(self,'table',table)
 return __init__


def _390(_type_kind, _type_labels, _type_cells, _type_top, _type_bands, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,labels:_type_labels,cells:_type_cells,top:_type_top,bands:_type_bands)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'labels',labels)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'bands',bands)
 return __init__


def _391(_type_kind, _type_name, _type_data, _type_url, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_data, _dflt_url, _dflt_lang, _return_type):
 def __init__(self,kind:_type_kind,name:_type_name,data:_type_data=_dflt_data,url:_type_url=_dflt_url,lang:_type_lang=_dflt_lang)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
 return __init__


def _392(_type_label, _type_loc, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _return_type):
 def __init__(self,label:_type_label,loc:_type_loc,values:_type_values=_dflt_values)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
 return __init__


def _393(_type_label, _type_x0, _type_x1, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):
 def __init__(self,label:_type_label,x0:_type_x0,x1:_type_x1,words:_type_words=_dflt_words)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'x0',x0)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
 return __init__


def _394(_type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,column:_type_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
 return __init__


def _395(_type_line, _type_labels, _type_values, _type_cells, _type_index, _type_layout, _type_tail, _type_parts, _type_above, _type_full, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_index, _dflt_layout, _dflt_tail, _dflt_parts, _dflt_above, _dflt_full, _return_type):
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


def _396(_type_lines, _type_blocks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_blocks, _return_type):
 def __init__(self,lines:_type_lines=_dflt_lines,blocks:_type_blocks=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lines',lines)
  __dataclass_builtins_object__.__setattr__(self,'blocks',_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks)
 return __init__


def _397(_type_lines, _type_info, _type_head, _type_line_count, _type_problems, _type_images, _type_original, _type_markers, _type__rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_images, _dflt_original, _dflt_markers, _dflt__rows, _return_type):
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


def _398(_type_lines, _type_pages, _type_problems, _type_ocr, _type_notes, _type_hint, _type_origins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_pages, _dflt_problems, _dflt_ocr, _dflt_notes, _dflt_hint, _dflt_origins, _return_type):
 def __init__(self,lines:_type_lines=_HAS_DEFAULT_FACTORY,pages:_type_pages=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,ocr:_type_ocr=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,hint:_type_hint=_dflt_hint,origins:_type_origins=_HAS_DEFAULT_FACTORY)->_return_type:
  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines
  self.pages=_dflt_pages() if pages is _HAS_DEFAULT_FACTORY else pages
  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems
  self.ocr=_dflt_ocr() if ocr is _HAS_DEFAULT_FACTORY else ocr
  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes
  self.hint=hint
  self.origins=_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins
 return __init__


def _399(_type_lines, _type_x0, _type_x1, _type_top, _type_bottom, _type_glyphs, _type_room, _type_words, _type_sharpness, _type_touches_border, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
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


def _400(_type_lo, _type_hi, _type_segments, _type_virtual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_virtual, _return_type):
 def __init__(self,lo:_type_lo,hi:_type_hi,segments:_type_segments,virtual:_type_virtual=_dflt_virtual)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lo',lo)
  __dataclass_builtins_object__.__setattr__(self,'hi',hi)
  __dataclass_builtins_object__.__setattr__(self,'segments',segments)
  __dataclass_builtins_object__.__setattr__(self,'virtual',virtual)
 return __init__


def _401(_type_loc, _type_args, _type_where, _type_evidence, _type_severity, _type_other, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _dflt_evidence, _dflt_severity, _dflt_other, _dflt_message, _return_type):
 def __init__(self,loc:_type_loc,args:_type_args,where:_type_where=_HAS_DEFAULT_FACTORY,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,severity:_type_severity=_dflt_severity,other:_type_other=_dflt_other,message:_type_message=_dflt_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'args',args)
  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)
  __dataclass_builtins_object__.__setattr__(self,'evidence',_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'other',other)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__


def _402(_type_max_bytes, _type_jobs, _type_loopback, _type_fetch_timeout, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_bytes, _dflt_jobs, _dflt_loopback, _dflt_fetch_timeout, _return_type):
 def __init__(self,max_bytes:_type_max_bytes=_dflt_max_bytes,jobs:_type_jobs=_dflt_jobs,loopback:_type_loopback=_dflt_loopback,fetch_timeout:_type_fetch_timeout=_dflt_fetch_timeout)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)
  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)
  __dataclass_builtins_object__.__setattr__(self,'loopback',loopback)
  __dataclass_builtins_object__.__setattr__(self,'fetch_timeout',fetch_timeout)
 return __init__


def _403(_type_max_pixels, _type_max_side, _type_table_seconds, _type_page_seconds, _type_document_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_pixels, _dflt_max_side, _dflt_table_seconds, _dflt_page_seconds, _dflt_document_seconds, _return_type):
 def __init__(self,max_pixels:_type_max_pixels=_dflt_max_pixels,max_side:_type_max_side=_dflt_max_side,table_seconds:_type_table_seconds=_dflt_table_seconds,page_seconds:_type_page_seconds=_dflt_page_seconds,document_seconds:_type_document_seconds=_dflt_document_seconds)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'max_pixels',max_pixels)
  __dataclass_builtins_object__.__setattr__(self,'max_side',max_side)
  __dataclass_builtins_object__.__setattr__(self,'table_seconds',table_seconds)
  __dataclass_builtins_object__.__setattr__(self,'page_seconds',page_seconds)
  __dataclass_builtins_object__.__setattr__(self,'document_seconds',document_seconds)
 return __init__


def _404(_type_name, _type_format, _type_title, _type_format_markers, _type_sections, _type_tables, _type_rules, _type_path, _type_report, _type_bodies, _type_diagnosis, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_report, _dflt_bodies, _dflt_diagnosis, _return_type):
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


def _405(_type_name, _type_is_var, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,is_var:_type_is_var)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'is_var',is_var)
 return __init__


def _406(_type_name, _type_kind, _type_encoding, _type_sha256, _type_url, _type_published, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_encoding, _dflt_sha256, _dflt_url, _dflt_published, _dflt_title, _return_type):
 def __init__(self,name:_type_name,kind:_type_kind,encoding:_type_encoding=_dflt_encoding,sha256:_type_sha256=_dflt_sha256,url:_type_url=_dflt_url,published:_type_published=_dflt_published,title:_type_title=_dflt_title)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
 return __init__


def _407(_type_name, _type_level, _type_parent, _type_listing_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_parent, _dflt_listing_url, _return_type):
 def __init__(self,name:_type_name,level:_type_level,parent:_type_parent=_dflt_parent,listing_url:_type_listing_url=_dflt_listing_url)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'parent',parent)
  __dataclass_builtins_object__.__setattr__(self,'listing_url',listing_url)
 return __init__


def _408(_type_name, _type_level, _type_parent, _type_year, _type_status, _type_url, _type_published, _type_deadline, _type_days_late, _type_reason, _type_listing_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_url, _dflt_published, _dflt_deadline, _dflt_days_late, _dflt_reason, _dflt_listing_url, _return_type):
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


def _409(_type_name, _type_options, _type_args, _type_expression, _type_across, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_args, _dflt_expression, _dflt_across, _return_type):
 def __init__(self,name:_type_name,options:_type_options=_HAS_DEFAULT_FACTORY,args:_type_args=_dflt_args,expression:_type_expression=_dflt_expression,across:_type_across=_dflt_across)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'options',_dflt_options() if options is _HAS_DEFAULT_FACTORY else options)
  __dataclass_builtins_object__.__setattr__(self,'args',args)
  __dataclass_builtins_object__.__setattr__(self,'expression',expression)
  __dataclass_builtins_object__.__setattr__(self,'across',across)
 return __init__


def _410(_type_name, _type_parse, _type_render, _type_read, _type_suffixes, _type_content_types, _type_magic, _type_magic_within, _type_binary, _type_in_folders, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_suffixes, _dflt_content_types, _dflt_magic, _dflt_magic_within, _dflt_binary, _dflt_in_folders, _return_type):
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


def _411(_type_name, _type_result, _type_note, _type_reader, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_result, _dflt_note, _dflt_reader, _return_type):
 def __init__(self,name:_type_name,result:_type_result=_dflt_result,note:_type_note=_dflt_note,reader:_type_reader=_dflt_reader)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'result',result)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'reader',reader)
 return __init__


def _412(_type_name, _type_shapes, _type_advances, _type_em, _type_pad, _type_base, _type_top, _type_bottom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
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


def _413(_type_no, _type_kind, _type_cells, _type_md_level, _type_exact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_md_level, _dflt_exact, _return_type):
 def __init__(self,no:_type_no,kind:_type_kind,cells:_type_cells,md_level:_type_md_level=_dflt_md_level,exact:_type_exact=_dflt_exact)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'no',no)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'md_level',md_level)
  __dataclass_builtins_object__.__setattr__(self,'exact',exact)
 return __init__


def _414(_type_op, _type_left, _type_right, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,op:_type_op,left:_type_left,right:_type_right)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
 return __init__


def _415(_type_pack, _type_lang, _type_color, _type_version, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _dflt_color, _dflt_version, _return_type):
 def __init__(self,pack:_type_pack,lang:_type_lang=_dflt_lang,color:_type_color=_dflt_color,version:_type_version=_dflt_version)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'pack',pack)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'color',color)
  __dataclass_builtins_object__.__setattr__(self,'version',version)
 return __init__


def _416(_type_per_host, _type_delay, _type_concurrency, _type_refetch, _type_respect_robots, _type_processes, _type_time_limit, _type_max_pages, _type_start_method, _type_fetch, _type_lint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_per_host, _dflt_delay, _dflt_concurrency, _dflt_refetch, _dflt_respect_robots, _dflt_processes, _dflt_time_limit, _dflt_max_pages, _dflt_start_method, _dflt_fetch, _dflt_lint, _return_type):
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


def _417(_type_prose, _type_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,prose:_type_prose,spans:_type_spans)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'prose',prose)
  __dataclass_builtins_object__.__setattr__(self,'spans',spans)
 return __init__


def _418(_type_queue, _type_documents, _type_reports, _type_errors, _type_warnings, _type_codes, _type_cross_codes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,queue:_type_queue,documents:_type_documents,reports:_type_reports,errors:_type_errors,warnings:_type_warnings,codes:_type_codes,cross_codes:_type_cross_codes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'queue',queue)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
  __dataclass_builtins_object__.__setattr__(self,'reports',reports)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)
  __dataclass_builtins_object__.__setattr__(self,'codes',codes)
  __dataclass_builtins_object__.__setattr__(self,'cross_codes',cross_codes)
 return __init__


def _419(_type_raw, _type_kind, _type_value, _type_line, _type_column, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,raw:_type_raw,kind:_type_kind,value:_type_value,line:_type_line,column:_type_column,end_column:_type_end_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'raw',raw)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)
 return __init__


def _420(_type_raw, _type_kind, _type_value, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,raw:_type_raw,kind:_type_kind,value:_type_value,loc:_type_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'raw',raw)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


def _421(_type_reports, _type_pages, _type_attachments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,reports:_type_reports,pages:_type_pages,attachments:_type_attachments)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'reports',reports)
  __dataclass_builtins_object__.__setattr__(self,'pages',pages)
  __dataclass_builtins_object__.__setattr__(self,'attachments',attachments)
 return __init__


def _422(_type_result, _type_name, _type_data, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_data, _dflt_kind, _return_type):
 def __init__(self,result:_type_result,name:_type_name,data:_type_data=_dflt_data,kind:_type_kind=_dflt_kind)->_return_type:
  self.result=result
  self.name=name
  self.data=data
  self.kind=kind
 return __init__


def _423(_type_row, _type_col, _type_rowspan, _type_colspan, _type_x0, _type_x1, _type_top, _type_bottom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
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


def _424(_type_row, _type_col, _type_rowspan, _type_colspan, _type_x0, _type_x1, _type_top, _type_bottom, _type_kind, _type_text, _type_confidence, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_confidence, _dflt_note, _return_type):
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


def _425(_type_rule, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,rule:_type_rule,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__


def _426(_type_ruled, _type_columns, _type_rows, _type_cells, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _return_type):
 def __init__(self,ruled:_type_ruled,columns:_type_columns,rows:_type_rows,cells:_type_cells,notes:_type_notes=_dflt_notes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ruled',ruled)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
 return __init__


def _427(_type_says, _type_kind, _type_documents, _type_parents, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_documents, _dflt_parents, _return_type):
 def __init__(self,says:_type_says,kind:_type_kind=_dflt_kind,documents:_type_documents=_dflt_documents,parents:_type_parents=_dflt_parents)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
  __dataclass_builtins_object__.__setattr__(self,'parents',parents)
 return __init__


def _428(_type_select, _type_ignore, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_select, _dflt_ignore, _return_type):
 def __init__(self,select:_type_select=_dflt_select,ignore:_type_ignore=_dflt_ignore)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'select',select)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
 return __init__


def _429(_type_select, _type_ignore, _type_extend_select, _type_per_file_ignores, _type_severity, _type_fail_level, _type_lang, _type_rules, _type_exclude, _type_file, _type_origins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_select, _dflt_ignore, _dflt_extend_select, _dflt_per_file_ignores, _dflt_severity, _dflt_fail_level, _dflt_lang, _dflt_rules, _dflt_exclude, _dflt_file, _dflt_origins, _return_type):
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


def _430(_type_selection, _type_max_bytes, _type_published, _type_fetch, _type_packs, _type_severity, _type_debug, _type_ocr, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_selection, _dflt_max_bytes, _dflt_published, _dflt_fetch, _dflt_packs, _dflt_severity, _dflt_debug, _dflt_ocr, _return_type):
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


def _431(_type_source, _type_document, _type_findings, _type_notes, _type_pack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_pack, _return_type):
 def __init__(self,source:_type_source,document:_type_document,findings:_type_findings,notes:_type_notes=_dflt_notes,pack:_type_pack=_dflt_pack)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'document',document)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'pack',pack)
 return __init__


def _432(_type_source, _type_headings, _type_sections, _type_paragraphs, _type_tables, _type_format, _type_year, _type_agency, _type_problems, _type_line_count, _type_images, _type_line_pages, _type_markers, _type_shape, _type_original, _type_line_origins, _type_notes, _type_ocr, _type_ocr_missing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_line_count, _dflt_images, _dflt_line_pages, _dflt_markers, _dflt_shape, _dflt_original, _dflt_line_origins, _dflt_notes, _dflt_ocr, _dflt_ocr_missing, _return_type):
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


def _433(_type_source, _type_line, _type_column, _type_end_line, _type_end_column, _type_page, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_page, _return_type):
 def __init__(self,source:_type_source,line:_type_line,column:_type_column,end_line:_type_end_line,end_column:_type_end_column,page:_type_page=_dflt_page)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)
  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)
  __dataclass_builtins_object__.__setattr__(self,'page',page)
 return __init__


def _434(_type_source, _type_width, _type_height, _type_lines, _type_tables, _type_complete, _type_notes, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tables, _dflt_complete, _dflt_notes, _dflt_seconds, _return_type):
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


def _435(_type_source, _type_width, _type_height, _type_ruled, _type_columns, _type_rows, _type_cells, _type_engine, _type_complete, _type_notes, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_complete, _dflt_notes, _dflt_seconds, _return_type):
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


def _436(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
 return __init__


def _437(_type_status, _type_errors, _type_warnings, _type_infos, _type_top, _type_page, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_errors, _dflt_warnings, _dflt_infos, _dflt_top, _dflt_page, _dflt_figures, _return_type):
 def __init__(self,status:_type_status,errors:_type_errors=_dflt_errors,warnings:_type_warnings=_dflt_warnings,infos:_type_infos=_dflt_infos,top:_type_top=_dflt_top,page:_type_page=_dflt_page,figures:_type_figures=_dflt_figures)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)
  __dataclass_builtins_object__.__setattr__(self,'infos',infos)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'page',page)
  __dataclass_builtins_object__.__setattr__(self,'figures',figures)
 return __init__


def _438(_type_table, _type_row, _type_col, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):
 def __init__(self,table:_type_table,row:_type_row,col:_type_col,qual:_type_qual=_dflt_qual)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'qual',qual)
 return __init__


def _439(_type_table, _type_row, _type_col, _type_value, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):
 def __init__(self,table:_type_table,row:_type_row,col:_type_col,value:_type_value,qual:_type_qual=_dflt_qual)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'col',col)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'qual',qual)
 return __init__


def _440(_type_table, _type_row, _type_column, _type_section, _type_paragraph, _type_quote, _type_heading, _type_page, _type_docx, _type_image, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_table, _dflt_row, _dflt_column, _dflt_section, _dflt_paragraph, _dflt_quote, _dflt_heading, _dflt_page, _dflt_docx, _dflt_image, _return_type):
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


def _441(_type_table, _type_rows, _type_cols, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):
 def __init__(self,table:_type_table,rows:_type_rows,cols:_type_cols,qual:_type_qual=_dflt_qual)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'table',table)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'cols',cols)
  __dataclass_builtins_object__.__setattr__(self,'qual',qual)
 return __init__


def _442(_type_text, _type_confidence, _type_look, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_look, _return_type):
 def __init__(self,text:_type_text,confidence:_type_confidence,look:_type_look=_dflt_look)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'look',look)
 return __init__


def _443(_type_text, _type_encoding, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _return_type):
 def __init__(self,text:_type_text,encoding:_type_encoding,reason:_type_reason=_dflt_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 return __init__


def _444(_type_text, _type_fit, _type_margin, _type_rival, _type_sign, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sign, _return_type):
 def __init__(self,text:_type_text,fit:_type_fit,margin:_type_margin,rival:_type_rival,sign:_type_sign=_dflt_sign)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'fit',fit)
  __dataclass_builtins_object__.__setattr__(self,'margin',margin)
  __dataclass_builtins_object__.__setattr__(self,'rival',rival)
  __dataclass_builtins_object__.__setattr__(self,'sign',sign)
 return __init__


def _445(_type_text, _type_left, _type_op, _type_right, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,left:_type_left,op:_type_op,right:_type_right)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
 return __init__


def _446(_type_text, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,loc:_type_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


def _447(_type_text, _type_ordinal, _type_bold, _type_line, _type_column, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,ordinal:_type_ordinal,bold:_type_bold,line:_type_line,column:_type_column,end_column:_type_end_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'bold',bold)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)
 return __init__


def _448(_type_text, _type_ordinal, _type_system, _type_number, _type_level, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,ordinal:_type_ordinal,system:_type_system,number:_type_number,level:_type_level,loc:_type_loc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'system',system)
  __dataclass_builtins_object__.__setattr__(self,'number',number)
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
 return __init__


def _449(_type_text, _type_spot, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,spot:_type_spot)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'spot',spot)
 return __init__


def _450(_type_text, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,start:_type_start,end:_type_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  self.__post_init__()
 return __init__


def _451(_type_text, _type_starts, _type_locs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,starts:_type_starts,locs:_type_locs)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'starts',starts)
  __dataclass_builtins_object__.__setattr__(self,'locs',locs)
 return __init__


def _452(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,confidence:_type_confidence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'x0',x0)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
 return __init__


def _453(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_confidence, _type_row, _type_col, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_row, _dflt_col, _dflt_kind, _return_type):
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


def _454(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_loc, _type_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_loc, _dflt_confidence, _return_type):
 def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,loc:_type_loc=_dflt_loc,confidence:_type_confidence=_dflt_confidence)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'x0',x0)
  __dataclass_builtins_object__.__setattr__(self,'x1',x1)
  __dataclass_builtins_object__.__setattr__(self,'top',top)
  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
 return __init__


def _455(_type_texts, _type_first, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_texts, _dflt_first, _return_type):
 def __init__(self,texts:_type_texts=_HAS_DEFAULT_FACTORY,first:_type_first=_dflt_first)->_return_type:
  self.texts=_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts
  self.first=first
 return __init__


def _456(_type_top, _type_bottom, _type_left, _type_right, _type_parts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,top:_type_top,bottom:_type_bottom,left:_type_left,right:_type_right,parts:_type_parts)->_return_type:
  self.top=top
  self.bottom=bottom
  self.left=left
  self.right=right
  self.parts=parts
 return __init__


def _457(_type_tpl, _type_source, _type_cells, _type_row_lines, _type_extra, _type_shape, _type_glued, _type_glued_rows, _type_unread, _type_unplaced, _type_notes, _type_first, _type_taken, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cells, _dflt_row_lines, _dflt_extra, _dflt_shape, _dflt_glued, _dflt_glued_rows, _dflt_unread, _dflt_unplaced, _dflt_notes, _dflt_first, _dflt_taken, _return_type):
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


def _458(_type_type, _type_required, _type_default, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_default, _dflt_doc, _return_type):
 def __init__(self,type:_type_type,required:_type_required=_dflt_required,default:_type_default=_dflt_default,doc:_type_doc=_dflt_doc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'required',required)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
 return __init__


def _459(_type_type, _type_title, _type_body_markers, _type_listing_link, _type_formats, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body_markers, _dflt_listing_link, _dflt_formats, _return_type):
 def __init__(self,type:_type_type,title:_type_title,body_markers:_type_body_markers=_dflt_body_markers,listing_link:_type_listing_link=_dflt_listing_link,formats:_type_formats=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'type',type)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'body_markers',body_markers)
  __dataclass_builtins_object__.__setattr__(self,'listing_link',listing_link)
  __dataclass_builtins_object__.__setattr__(self,'formats',_dflt_formats() if formats is _HAS_DEFAULT_FACTORY else formats)
 return __init__


def _460(_type_url, _type_discovered_from, _type_agency, _type_year, _type_published, _type_is_report, _type_http_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_http_status, _return_type):
 def __init__(self,url:_type_url,discovered_from:_type_discovered_from,agency:_type_agency,year:_type_year,published:_type_published,is_report:_type_is_report,http_status:_type_http_status=_dflt_http_status)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'discovered_from',discovered_from)
  __dataclass_builtins_object__.__setattr__(self,'agency',agency)
  __dataclass_builtins_object__.__setattr__(self,'year',year)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'is_report',is_report)
  __dataclass_builtins_object__.__setattr__(self,'http_status',http_status)
 return __init__


def _461(_type_url, _type_kind, _type_discovered_from, _type_state, _type_note, _type_note_zh, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_note_zh, _return_type):
 def __init__(self,url:_type_url,kind:_type_kind,discovered_from:_type_discovered_from,state:_type_state,note:_type_note=_dflt_note,note_zh:_type_note_zh=_dflt_note_zh)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'discovered_from',discovered_from)
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'note_zh',note_zh)
 return __init__


def _462(_type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__


def _463(_type_value, _type_expression, _type_conversion, _type_format_spec, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value,expression:_type_expression,conversion:_type_conversion,format_spec:_type_format_spec)->_return_type:
  self.value=value
  self.expression=expression
  self.conversion=conversion
  self.format_spec=format_spec
 return __init__


def _464(_type_widest, _type_bare, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_widest, _dflt_bare, _return_type):
 def __init__(self,widest:_type_widest=_HAS_DEFAULT_FACTORY,bare:_type_bare=_HAS_DEFAULT_FACTORY)->_return_type:
  self.widest=_dflt_widest() if widest is _HAS_DEFAULT_FACTORY else widest
  self.bare=_dflt_bare() if bare is _HAS_DEFAULT_FACTORY else bare
 return __init__


def _465(_type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):
 def __init__(self,words:_type_words=_HAS_DEFAULT_FACTORY)->_return_type:
  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words
 return __init__


def _466(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('as_of','years','rows','findings','unattributed','queue','documents','reports','roster','pages','lang',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _467(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('body','year','url','code','rule','severity','message','place','across','other_url',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _468(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('by_kind','pack',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _469(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('cells','tokens',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _470(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('cells',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _471(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','args','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _472(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','name','kind','severity','summary','message','rationale','for_','expr','options','examples','cases','against','applies',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _473(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','name','severity','args','loc','where','evidence','template','fixes','related',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _474(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','residual','coef',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _475(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('connect_timeout','read_timeout','deadline','retries','backoff','max_redirects','max_bytes','verify_tls','cache_dir','allow_private','images',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _476(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('corpus','doc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _477(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('count','span','percent','percent_span','sentence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _478(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('data','member','texts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _479(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('drawn','pitch','steps',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _480(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('enabled','engine','table_seconds','document_seconds','progress',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _481(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('expr','env','rows',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _482(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('expr','for_',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _483(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('face','quality','readings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _484(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('font','size','bank','energy','box','ox','oy',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _485(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('format_id','gtrid','bqual','prepared','owner','database',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _486(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('g','digit','which',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _487(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('gray','ink','rules','grid',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _488(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('holds','left','right','left_terms','right_terms',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _489(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('horizontal','vertical','mask','em',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _490(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('host','items','options','scopes','robots','not_before','known_docs','store','wait',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _491(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('host','port',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _492(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','loc','cells','rows','columns','extra_rows','row_locs','unread_rows',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _493(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','section','layout','columns','rows','groups',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _494(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('image','row','col','confidence','read','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _495(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('info','text','problems','raw',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _496(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ink','baseline',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _497(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','heading','match','start_line','end_line','start','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _498(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','label','aliases','group','kind',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _499(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','label','aliases','ordinal','group','block','columns',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _500(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','label','ordinal',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _501(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','ordinal','title','variants','keywords','long_forms','optional',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _502(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','pattern','label',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _503(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','target','ordinal','matcher','counts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _504(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','cells','level','bold','table',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _505(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','labels','cells','top','bands',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _506(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','name','data','url','lang',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _507(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('label','loc','values',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _508(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('label','x0','x1','words',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _509(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('line','column',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _510(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('line','labels','values','cells','index','layout','tail','parts','above','full',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _511(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lines','blocks',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _512(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lines','x0','x1','top','bottom','glyphs','room','words','sharpness','touches_border',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _513(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lo','hi','segments','virtual',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _514(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('loc','args','where','evidence','severity','other','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _515(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('max_bytes','jobs','loopback','fetch_timeout',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _516(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('max_pixels','max_side','table_seconds','page_seconds','document_seconds',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _517(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','format','title','format_markers','sections','tables','rules','path','report','bodies','diagnosis',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _518(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','is_var',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _519(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','kind','encoding','sha256','url','published','title',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _520(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','level','parent','listing_url',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _521(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','level','parent','year','status','url','published','deadline','days_late','reason','listing_url',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _522(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','options','args','expression','across',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _523(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','parse','render','read','suffixes','content_types','magic','magic_within','binary','in_folders',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _524(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','result','note','reader',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _525(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','shapes','advances','em','pad','base','top','bottom',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _526(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('no','kind','cells','md_level','exact',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _527(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('op','left','right',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _528(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('pack','lang','color','version',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _529(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('prose','spans',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _530(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('queue','documents','reports','errors','warnings','codes','cross_codes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _531(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('raw','kind','value','line','column','end_column',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _532(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('raw','kind','value','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _533(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('reports','pages','attachments',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _534(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('row','col','rowspan','colspan','x0','x1','top','bottom','kind','text','confidence','note',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _535(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('row','col','rowspan','colspan','x0','x1','top','bottom',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _536(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rule','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _537(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ruled','columns','rows','cells','notes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _538(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('says','kind','documents','parents',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _539(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('select','ignore','extend_select','per_file_ignores','severity','fail_level','lang','rules','exclude','file','origins',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _540(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('select','ignore',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _541(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('selection','max_bytes','published','fetch','packs','severity','debug','ocr',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _542(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','document','findings','notes','pack',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _543(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','headings','sections','paragraphs','tables','format','year','agency','problems','line_count','images','line_pages','markers','shape','original','line_origins','notes','ocr','ocr_missing',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _544(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','line','column','end_line','end_column','page',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _545(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','width','height','lines','tables','complete','notes','seconds',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _546(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','width','height','ruled','columns','rows','cells','engine','complete','notes','seconds',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _547(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _548(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','errors','warnings','infos','top','page','figures',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _549(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('table','row','col','qual',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _550(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('table','row','col','value','qual',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _551(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('table','row','column','section','paragraph','quote','heading','page','docx','image',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _552(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('table','rows','cols','qual',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _553(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','confidence','look',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _554(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','encoding','reason',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _555(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','fit','margin','rival','sign',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _556(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','left','op','right',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _557(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _558(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','ordinal','bold','line','column','end_column',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _559(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','ordinal','system','number','level','loc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _560(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','spot',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _561(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','start','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _562(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','starts','locs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _563(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','confidence','row','col','kind',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _564(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','confidence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _565(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','loc','confidence',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _566(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('type','required','default','doc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _567(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('type','title','body_markers','listing_link','formats',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _568(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('url','discovered_from','agency','year','published','is_report','http_status',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _569(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('url','kind','discovered_from','state','note','note_zh',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _570(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _571(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('as_of','years','rows','findings','unattributed','queue','documents','reports','roster','pages','lang',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _572(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('body','year','url','code','rule','severity','message','place','across','other_url',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _573(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('by_kind','pack',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _574(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('cells','tokens',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _575(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('cells',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _576(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','args','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _577(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','name','kind','severity','summary','message','rationale','for_','expr','options','examples','cases','against','applies',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _578(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','name','severity','args','loc','where','evidence','template','fixes','related',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _579(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','residual','coef',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _580(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('connect_timeout','read_timeout','deadline','retries','backoff','max_redirects','max_bytes','verify_tls','cache_dir','allow_private','images',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _581(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('corpus','doc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _582(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('count','span','percent','percent_span','sentence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _583(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('data','member','texts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _584(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('drawn','pitch','steps',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _585(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('enabled','engine','table_seconds','document_seconds','progress',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _586(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('expr','env','rows',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _587(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('expr','for_',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _588(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('face','quality','readings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _589(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('font','size','bank','energy','box','ox','oy',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _590(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('format_id','gtrid','bqual','prepared','owner','database',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _591(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('g','digit','which',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _592(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('gray','ink','rules','grid',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _593(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('holds','left','right','left_terms','right_terms',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _594(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('horizontal','vertical','mask','em',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _595(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('host','items','options','scopes','robots','not_before','known_docs','store','wait',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _596(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('host','port',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _597(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','loc','cells','rows','columns','extra_rows','row_locs','unread_rows',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _598(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','section','layout','columns','rows','groups',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _599(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('image','row','col','confidence','read','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _600(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('info','text','problems','raw',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _601(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ink','baseline',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _602(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','heading','match','start_line','end_line','start','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _603(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','label','aliases','group','kind',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _604(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','label','aliases','ordinal','group','block','columns',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _605(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','label','ordinal',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _606(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','ordinal','title','variants','keywords','long_forms','optional',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _607(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','pattern','label',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _608(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','target','ordinal','matcher','counts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _609(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','cells','level','bold','table',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _610(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','labels','cells','top','bands',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _611(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','name','data','url','lang',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _612(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('label','loc','values',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _613(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('label','x0','x1','words',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _614(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('line','column',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _615(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('line','labels','values','cells','index','layout','tail','parts','above','full',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _616(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lines','blocks',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _617(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lines','x0','x1','top','bottom','glyphs','room','words','sharpness','touches_border',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _618(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lo','hi','segments','virtual',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _619(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('loc','args','where','evidence','severity','other','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _620(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('max_bytes','jobs','loopback','fetch_timeout',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _621(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('max_pixels','max_side','table_seconds','page_seconds','document_seconds',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _622(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','format','title','format_markers','sections','tables','rules','path','report','bodies','diagnosis',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _623(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','is_var',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _624(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','kind','encoding','sha256','url','published','title',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _625(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','level','parent','listing_url',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _626(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','level','parent','year','status','url','published','deadline','days_late','reason','listing_url',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _627(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','options','args','expression','across',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _628(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','parse','render','read','suffixes','content_types','magic','magic_within','binary','in_folders',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _629(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','result','note','reader',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _630(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','shapes','advances','em','pad','base','top','bottom',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _631(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('no','kind','cells','md_level','exact',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _632(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('op','left','right',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _633(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('pack','lang','color','version',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _634(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('prose','spans',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _635(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('queue','documents','reports','errors','warnings','codes','cross_codes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _636(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('raw','kind','value','line','column','end_column',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _637(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('raw','kind','value','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _638(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('reports','pages','attachments',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _639(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('row','col','rowspan','colspan','x0','x1','top','bottom','kind','text','confidence','note',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _640(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('row','col','rowspan','colspan','x0','x1','top','bottom',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _641(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rule','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _642(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ruled','columns','rows','cells','notes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _643(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('says','kind','documents','parents',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _644(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('select','ignore','extend_select','per_file_ignores','severity','fail_level','lang','rules','exclude','file','origins',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _645(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('select','ignore',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _646(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('selection','max_bytes','published','fetch','packs','severity','debug','ocr',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _647(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','document','findings','notes','pack',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _648(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','headings','sections','paragraphs','tables','format','year','agency','problems','line_count','images','line_pages','markers','shape','original','line_origins','notes','ocr','ocr_missing',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _649(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','line','column','end_line','end_column','page',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _650(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','width','height','lines','tables','complete','notes','seconds',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _651(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','width','height','ruled','columns','rows','cells','engine','complete','notes','seconds',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _652(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _653(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','errors','warnings','infos','top','page','figures',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _654(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('table','row','col','qual',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _655(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('table','row','col','value','qual',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _656(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('table','row','column','section','paragraph','quote','heading','page','docx','image',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _657(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('table','rows','cols','qual',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _658(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','confidence','look',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _659(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','encoding','reason',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _660(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','fit','margin','rival','sign',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _661(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','left','op','right',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _662(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _663(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','ordinal','bold','line','column','end_column',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _664(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','ordinal','system','number','level','loc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _665(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','spot',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _666(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','start','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _667(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','starts','locs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _668(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','confidence','row','col','kind',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _669(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','confidence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _670(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','x0','x1','top','bottom','loc','confidence',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _671(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('type','required','default','doc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _672(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('type','title','body_markers','listing_link','formats',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _673(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('url','discovered_from','agency','year','published','is_report','http_status',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _674(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('url','kind','discovered_from','state','note','note_zh',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _675(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.as_of,self.years,self.rows,self.findings,self.unattributed,self.queue,self.documents,self.reports,self.roster,self.pages,self.lang,)==(other.as_of,other.years,other.rows,other.findings,other.unattributed,other.queue,other.documents,other.reports,other.roster,other.pages,other.lang,)\n  return NotImplemented\n return __eq__': _0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.blocks,self.title,self.meta,self.attachments,self.images,self.image_refs,self.body_found,self.problems,)==(other.blocks,other.title,other.meta,other.attachments,other.images,other.image_refs,other.body_found,other.problems,)\n  return NotImplemented\n return __eq__': _1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.body,self.year,self.url,self.code,self.rule,self.severity,self.message,self.place,self.across,self.other_url,)==(other.body,other.year,other.url,other.code,other.rule,other.severity,other.message,other.place,other.across,other.other_url,)\n  return NotImplemented\n return __eq__': _2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.by_kind,self.pack,)==(other.by_kind,other.pack,)\n  return NotImplemented\n return __eq__': _3,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.cells,)==(other.cells,)\n  return NotImplemented\n return __eq__': _4,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.cells,self.tokens,)==(other.cells,other.tokens,)\n  return NotImplemented\n return __eq__': _5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.args,self.loc,)==(other.code,other.args,other.loc,)\n  return NotImplemented\n return __eq__': _6,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.name,self.kind,self.severity,self.summary,self.message,self.rationale,self.for_,self.expr,self.options,self.examples,self.cases,self.against,self.applies,)==(other.code,other.name,other.kind,other.severity,other.summary,other.message,other.rationale,other.for_,other.expr,other.options,other.examples,other.cases,other.against,other.applies,)\n  return NotImplemented\n return __eq__': _7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.name,self.severity,self.args,self.loc,self.where,self.evidence,)==(other.code,other.name,other.severity,other.args,other.loc,other.where,other.evidence,)\n  return NotImplemented\n return __eq__': _8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.residual,self.coef,)==(other.code,other.residual,other.coef,)\n  return NotImplemented\n return __eq__': _9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.zh,self.en,self.status,)==(other.code,other.zh,other.en,other.status,)\n  return NotImplemented\n return __eq__': _10,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.codes,self.first,self.last,self.loc,self.used,)==(other.codes,other.first,other.last,other.loc,other.used,)\n  return NotImplemented\n return __eq__': _11,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.connect_timeout,self.read_timeout,self.deadline,self.retries,self.backoff,self.max_redirects,self.max_bytes,self.verify_tls,self.cache_dir,self.allow_private,self.images,)==(other.connect_timeout,other.read_timeout,other.deadline,other.retries,other.backoff,other.max_redirects,other.max_bytes,other.verify_tls,other.cache_dir,other.allow_private,other.images,)\n  return NotImplemented\n return __eq__': _12,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.content_disposition,self.field_name,self.data,self.file,self.item_headers,)==(other.content_disposition,other.field_name,other.data,other.file,other.item_headers,)\n  return NotImplemented\n return __eq__': _13,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.corpus,self.doc,)==(other.corpus,other.doc,)\n  return NotImplemented\n return __eq__': _14,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.count,self.span,self.percent,self.percent_span,self.sentence,)==(other.count,other.span,other.percent,other.percent_span,other.sentence,)\n  return NotImplemented\n return __eq__': _15,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.data,self.member,self.texts,)==(other.data,other.member,other.texts,)\n  return NotImplemented\n return __eq__': _16,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.discovered,self.finished,self.fetched,self.linted,self.errors,self.skipped,self.lang,self.quiet,self.stream,self.started,self.lock,self._at_start,self._last,self._logged,)==(other.discovered,other.finished,other.fetched,other.linted,other.errors,other.skipped,other.lang,other.quiet,other.stream,other.started,other.lock,other._at_start,other._last,other._logged,)\n  return NotImplemented\n return __eq__': _17,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.drawn,self.pitch,self.steps,)==(other.drawn,other.pitch,other.steps,)\n  return NotImplemented\n return __eq__': _18,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.enabled,self.engine,self.table_seconds,self.document_seconds,self.progress,)==(other.enabled,other.engine,other.table_seconds,other.document_seconds,other.progress,)\n  return NotImplemented\n return __eq__': _19,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.expr,self.env,self.rows,)==(other.expr,other.env,other.rows,)\n  return NotImplemented\n return __eq__': _20,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.expr,self.for_,)==(other.expr,other.for_,)\n  return NotImplemented\n return __eq__': _21,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.face,self.quality,self.readings,)==(other.face,other.quality,other.readings,)\n  return NotImplemented\n return __eq__': _22,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.format_id,self.gtrid,self.bqual,self.prepared,self.owner,self.database,)==(other.format_id,other.gtrid,other.bqual,other.prepared,other.owner,other.database,)\n  return NotImplemented\n return __eq__': _23,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.g,self.digit,self.which,)==(other.g,other.digit,other.which,)\n  return NotImplemented\n return __eq__': _24,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.gray,self.ink,self.rules,self.grid,)==(other.gray,other.ink,other.rules,other.grid,)\n  return NotImplemented\n return __eq__': _25,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.holds,self.left,self.right,self.left_terms,self.right_terms,)==(other.holds,other.left,other.right,other.left_terms,other.right_terms,)\n  return NotImplemented\n return __eq__': _26,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.horizontal,self.vertical,self.mask,self.em,)==(other.horizontal,other.vertical,other.mask,other.em,)\n  return NotImplemented\n return __eq__': _27,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.host,self.items,self.options,self.scopes,self.robots,self.not_before,self.known_docs,self.store,self.wait,)==(other.host,other.items,other.options,other.scopes,other.robots,other.not_before,other.known_docs,other.store,other.wait,)\n  return NotImplemented\n return __eq__': _28,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.host,self.port,)==(other.host,other.port,)\n  return NotImplemented\n return __eq__': _29,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.host,self.writes,self.counts,self.touched,self.robots,self.ended,)==(other.host,other.writes,other.counts,other.touched,other.robots,other.ended,)\n  return NotImplemented\n return __eq__': _30,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.loc,self.cells,self.rows,self.columns,self.extra_rows,self.row_locs,self.unread_rows,)==(other.id,other.loc,other.cells,other.rows,other.columns,other.extra_rows,other.row_locs,other.unread_rows,)\n  return NotImplemented\n return __eq__': _31,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.image,self.row,self.col,self.confidence,self.read,self.note,)==(other.image,other.row,other.col,other.confidence,other.read,other.note,)\n  return NotImplemented\n return __eq__': _32,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.info,self.db,self.user,self.password,self.host,self.hostaddr,self.port,self.tty,self.options,self.status,self.transaction_status,self.pipeline_status,self.error_message,self._encoding,self.protocol_version,self.full_protocol_version,self.server_version,self.backend_pid,self.needs_password,self.used_password,self.used_gssapi,self.ssl_in_use,self.nonblocking,self.notice_handler,self.notify_handler,)==(other.info,other.db,other.user,other.password,other.host,other.hostaddr,other.port,other.tty,other.options,other.status,other.transaction_status,other.pipeline_status,other.error_message,other._encoding,other.protocol_version,other.full_protocol_version,other.server_version,other.backend_pid,other.needs_password,other.used_password,other.used_gssapi,other.ssl_in_use,other.nonblocking,other.notice_handler,other.notify_handler,)\n  return NotImplemented\n return __eq__': _33,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.info,self.text,self.problems,self.raw,)==(other.info,other.text,other.problems,other.raw,)\n  return NotImplemented\n return __eq__': _34,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ink,self.baseline,)==(other.ink,other.baseline,)\n  return NotImplemented\n return __eq__': _35,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.heading,self.match,self.start_line,self.end_line,self.start,self.end,)==(other.key,other.heading,other.match,other.start_line,other.end_line,other.start,other.end,)\n  return NotImplemented\n return __eq__': _36,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.label,self.aliases,self.group,self.kind,)==(other.key,other.label,other.aliases,other.group,other.kind,)\n  return NotImplemented\n return __eq__': _37,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.label,self.aliases,self.ordinal,self.group,self.block,self.columns,)==(other.key,other.label,other.aliases,other.ordinal,other.group,other.block,other.columns,)\n  return NotImplemented\n return __eq__': _38,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.label,self.ordinal,)==(other.key,other.label,other.ordinal,)\n  return NotImplemented\n return __eq__': _39,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.ordinal,self.title,self.variants,self.keywords,self.long_forms,self.optional,)==(other.key,other.ordinal,other.title,other.variants,other.keywords,other.long_forms,other.optional,)\n  return NotImplemented\n return __eq__': _40,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.pattern,self.label,)==(other.key,other.pattern,other.label,)\n  return NotImplemented\n return __eq__': _41,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.target,self.ordinal,)==(other.key,other.target,other.ordinal,)\n  return NotImplemented\n return __eq__': _42,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keyword,self.envvar,self.compiled,)==(other.keyword,other.envvar,other.compiled,)\n  return NotImplemented\n return __eq__': _43,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.cells,self.level,self.bold,self.table,)==(other.kind,other.cells,other.level,other.bold,other.table,)\n  return NotImplemented\n return __eq__': _44,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.labels,self.cells,self.top,self.bands,)==(other.kind,other.labels,other.cells,other.top,other.bands,)\n  return NotImplemented\n return __eq__': _45,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.name,self.data,self.url,self.lang,)==(other.kind,other.name,other.data,other.url,other.lang,)\n  return NotImplemented\n return __eq__': _46,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.label,self.loc,self.values,)==(other.label,other.loc,other.values,)\n  return NotImplemented\n return __eq__': _47,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.label,self.x0,self.x1,)==(other.label,other.x0,other.x1,)\n  return NotImplemented\n return __eq__': _48,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line,self.column,)==(other.line,other.column,)\n  return NotImplemented\n return __eq__': _49,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line,self.labels,self.values,self.cells,self.index,self.layout,self.tail,self.parts,self.above,self.full,)==(other.line,other.labels,other.values,other.cells,other.index,other.layout,other.tail,other.parts,other.above,other.full,)\n  return NotImplemented\n return __eq__': _50,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.blocks,)==(other.lines,other.blocks,)\n  return NotImplemented\n return __eq__': _51,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.info,self.head,self.line_count,self.problems,self.images,self.original,self.markers,self._rows,)==(other.lines,other.info,other.head,other.line_count,other.problems,other.images,other.original,other.markers,other._rows,)\n  return NotImplemented\n return __eq__': _52,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.pages,self.problems,self.ocr,self.notes,self.hint,self.origins,)==(other.lines,other.pages,other.problems,other.ocr,other.notes,other.hint,other.origins,)\n  return NotImplemented\n return __eq__': _53,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.x0,self.x1,self.top,self.bottom,self.glyphs,self.room,self.words,self.sharpness,self.touches_border,)==(other.lines,other.x0,other.x1,other.top,other.bottom,other.glyphs,other.room,other.words,other.sharpness,other.touches_border,)\n  return NotImplemented\n return __eq__': _54,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lo,self.hi,self.segments,self.virtual,)==(other.lo,other.hi,other.segments,other.virtual,)\n  return NotImplemented\n return __eq__': _55,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,)==(other.loc,other.args,other.where,other.evidence,other.severity,other.other,other.message,)\n  return NotImplemented\n return __eq__': _56,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.max_bytes,self.jobs,self.loopback,self.fetch_timeout,)==(other.max_bytes,other.jobs,other.loopback,other.fetch_timeout,)\n  return NotImplemented\n return __eq__': _57,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.max_pixels,self.max_side,self.table_seconds,self.page_seconds,self.document_seconds,)==(other.max_pixels,other.max_side,other.table_seconds,other.page_seconds,other.document_seconds,)\n  return NotImplemented\n return __eq__': _58,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.is_var,)==(other.name,other.is_var,)\n  return NotImplemented\n return __eq__': _59,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.kind,self.encoding,self.sha256,self.url,self.published,self.title,)==(other.name,other.kind,other.encoding,other.sha256,other.url,other.published,other.title,)\n  return NotImplemented\n return __eq__': _60,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.level,self.parent,self.listing_url,)==(other.name,other.level,other.parent,other.listing_url,)\n  return NotImplemented\n return __eq__': _61,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.level,self.parent,self.year,self.status,self.url,self.published,self.deadline,self.days_late,self.reason,self.listing_url,)==(other.name,other.level,other.parent,other.year,other.status,other.url,other.published,other.deadline,other.days_late,other.reason,other.listing_url,)\n  return NotImplemented\n return __eq__': _62,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.options,self.args,self.expression,self.across,)==(other.name,other.options,other.args,other.expression,other.across,)\n  return NotImplemented\n return __eq__': _63,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.parse,self.render,self.read,self.suffixes,self.content_types,self.magic,self.magic_within,self.binary,self.in_folders,)==(other.name,other.parse,other.render,other.read,other.suffixes,other.content_types,other.magic,other.magic_within,other.binary,other.in_folders,)\n  return NotImplemented\n return __eq__': _64,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.result,self.note,self.reader,)==(other.name,other.result,other.note,other.reader,)\n  return NotImplemented\n return __eq__': _65,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.no,self.kind,self.cells,self.md_level,self.exact,)==(other.no,other.kind,other.cells,other.md_level,other.exact,)\n  return NotImplemented\n return __eq__': _66,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.op,self.left,self.right,)==(other.op,other.left,other.right,)\n  return NotImplemented\n return __eq__': _67,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pack,self.lang,self.color,self.version,)==(other.pack,other.lang,other.color,other.version,)\n  return NotImplemented\n return __eq__': _68,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.per_host,self.delay,self.concurrency,self.refetch,self.respect_robots,self.processes,self.time_limit,self.max_pages,self.start_method,self.fetch,self.lint,)==(other.per_host,other.delay,other.concurrency,other.refetch,other.respect_robots,other.processes,other.time_limit,other.max_pages,other.start_method,other.fetch,other.lint,)\n  return NotImplemented\n return __eq__': _69,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.prose,self.spans,)==(other.prose,other.spans,)\n  return NotImplemented\n return __eq__': _70,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,)==(other.queue,other.documents,other.reports,other.errors,other.warnings,other.codes,other.cross_codes,)\n  return NotImplemented\n return __eq__': _71,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.raw,self.kind,self.value,self.line,self.column,self.end_column,)==(other.raw,other.kind,other.value,other.line,other.column,other.end_column,)\n  return NotImplemented\n return __eq__': _72,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.raw,self.kind,self.value,self.loc,)==(other.raw,other.kind,other.value,other.loc,)\n  return NotImplemented\n return __eq__': _73,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.reports,self.pages,self.attachments,)==(other.reports,other.pages,other.attachments,)\n  return NotImplemented\n return __eq__': _74,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.result,self.name,self.data,self.kind,)==(other.result,other.name,other.data,other.kind,)\n  return NotImplemented\n return __eq__': _75,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,)==(other.row,other.col,other.rowspan,other.colspan,other.x0,other.x1,other.top,other.bottom,)\n  return NotImplemented\n return __eq__': _76,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,self.kind,self.text,self.confidence,self.note,)==(other.row,other.col,other.rowspan,other.colspan,other.x0,other.x1,other.top,other.bottom,other.kind,other.text,other.confidence,other.note,)\n  return NotImplemented\n return __eq__': _77,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rule,self.text,)==(other.rule,other.text,)\n  return NotImplemented\n return __eq__': _78,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ruled,self.columns,self.rows,self.cells,self.notes,)==(other.ruled,other.columns,other.rows,other.cells,other.notes,)\n  return NotImplemented\n return __eq__': _79,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.says,self.kind,self.documents,self.parents,)==(other.says,other.kind,other.documents,other.parents,)\n  return NotImplemented\n return __eq__': _80,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.select,self.ignore,)==(other.select,other.ignore,)\n  return NotImplemented\n return __eq__': _81,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.select,self.ignore,self.extend_select,self.per_file_ignores,self.severity,self.fail_level,self.lang,self.rules,self.exclude,self.file,)==(other.select,other.ignore,other.extend_select,other.per_file_ignores,other.severity,other.fail_level,other.lang,other.rules,other.exclude,other.file,)\n  return NotImplemented\n return __eq__': _82,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.selection,self.max_bytes,self.published,self.fetch,self.packs,self.severity,self.debug,self.ocr,)==(other.selection,other.max_bytes,other.published,other.fetch,other.packs,other.severity,other.debug,other.ocr,)\n  return NotImplemented\n return __eq__': _83,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.document,self.findings,self.notes,self.pack,)==(other.source,other.document,other.findings,other.notes,other.pack,)\n  return NotImplemented\n return __eq__': _84,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.headings,self.sections,self.paragraphs,self.tables,self.format,self.year,self.agency,self.problems,self.line_count,self.images,self.line_pages,self.markers,self.shape,self.original,self.line_origins,self.notes,self.ocr,self.ocr_missing,)==(other.source,other.headings,other.sections,other.paragraphs,other.tables,other.format,other.year,other.agency,other.problems,other.line_count,other.images,other.line_pages,other.markers,other.shape,other.original,other.line_origins,other.notes,other.ocr,other.ocr_missing,)\n  return NotImplemented\n return __eq__': _85,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.line,self.column,self.end_line,self.end_column,self.page,)==(other.source,other.line,other.column,other.end_line,other.end_column,other.page,)\n  return NotImplemented\n return __eq__': _86,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.width,self.height,self.lines,self.tables,self.complete,self.notes,self.seconds,)==(other.source,other.width,other.height,other.lines,other.tables,other.complete,other.notes,other.seconds,)\n  return NotImplemented\n return __eq__': _87,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.width,self.height,self.ruled,self.columns,self.rows,self.cells,self.engine,self.complete,self.notes,self.seconds,)==(other.source,other.width,other.height,other.ruled,other.columns,other.rows,other.cells,other.engine,other.complete,other.notes,other.seconds,)\n  return NotImplemented\n return __eq__': _88,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,)==(other.start,other.end,)\n  return NotImplemented\n return __eq__': _89,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,)==(other.status,other.errors,other.warnings,other.infos,other.top,other.page,other.figures,)\n  return NotImplemented\n return __eq__': _90,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.row,self.col,self.qual,)==(other.table,other.row,other.col,other.qual,)\n  return NotImplemented\n return __eq__': _91,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.row,self.col,self.value,self.qual,)==(other.table,other.row,other.col,other.value,other.qual,)\n  return NotImplemented\n return __eq__': _92,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.row,self.column,self.section,self.paragraph,self.quote,self.heading,self.page,self.docx,self.image,)==(other.table,other.row,other.column,other.section,other.paragraph,other.quote,other.heading,other.page,other.docx,other.image,)\n  return NotImplemented\n return __eq__': _93,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.rows,self.cols,self.qual,)==(other.table,other.rows,other.cols,other.qual,)\n  return NotImplemented\n return __eq__': _94,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.confidence,self.look,)==(other.text,other.confidence,other.look,)\n  return NotImplemented\n return __eq__': _95,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.encoding,self.reason,)==(other.text,other.encoding,other.reason,)\n  return NotImplemented\n return __eq__': _96,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.fit,self.margin,self.rival,self.sign,)==(other.text,other.fit,other.margin,other.rival,other.sign,)\n  return NotImplemented\n return __eq__': _97,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.left,self.op,self.right,)==(other.text,other.left,other.op,other.right,)\n  return NotImplemented\n return __eq__': _98,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.loc,)==(other.text,other.loc,)\n  return NotImplemented\n return __eq__': _99,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.ordinal,self.bold,self.line,self.column,self.end_column,)==(other.text,other.ordinal,other.bold,other.line,other.column,other.end_column,)\n  return NotImplemented\n return __eq__': _100,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.ordinal,self.system,self.number,self.level,self.loc,)==(other.text,other.ordinal,other.system,other.number,other.level,other.loc,)\n  return NotImplemented\n return __eq__': _101,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.spot,)==(other.text,other.spot,)\n  return NotImplemented\n return __eq__': _102,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.start,self.end,)==(other.text,other.start,other.end,)\n  return NotImplemented\n return __eq__': _103,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.starts,self.locs,)==(other.text,other.starts,other.locs,)\n  return NotImplemented\n return __eq__': _104,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.confidence,)\n  return NotImplemented\n return __eq__': _105,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,self.row,self.col,self.kind,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.confidence,other.row,other.col,other.kind,)\n  return NotImplemented\n return __eq__': _106,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.top,self.bottom,self.loc,self.confidence,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.loc,other.confidence,)\n  return NotImplemented\n return __eq__': _107,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.texts,self.first,)==(other.texts,other.first,)\n  return NotImplemented\n return __eq__': _108,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.top,self.bottom,self.left,self.right,self.parts,)==(other.top,other.bottom,other.left,other.right,other.parts,)\n  return NotImplemented\n return __eq__': _109,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.tpl,self.source,self.cells,self.row_lines,self.extra,self.shape,self.glued,self.glued_rows,self.unread,self.unplaced,self.notes,self.first,self.taken,)==(other.tpl,other.source,other.cells,other.row_lines,other.extra,other.shape,other.glued,other.glued_rows,other.unread,other.unplaced,other.notes,other.first,other.taken,)\n  return NotImplemented\n return __eq__': _110,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.type,self.required,self.default,self.doc,)==(other.type,other.required,other.default,other.doc,)\n  return NotImplemented\n return __eq__': _111,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.type,self.title,self.body_markers,self.listing_link,self.formats,)==(other.type,other.title,other.body_markers,other.listing_link,other.formats,)\n  return NotImplemented\n return __eq__': _112,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.url,self.discovered_from,self.agency,self.year,self.published,self.is_report,self.http_status,)==(other.url,other.discovered_from,other.agency,other.year,other.published,other.is_report,other.http_status,)\n  return NotImplemented\n return __eq__': _113,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.url,self.kind,self.discovered_from,self.state,self.note,self.note_zh,)==(other.url,other.kind,other.discovered_from,other.state,other.note,other.note_zh,)\n  return NotImplemented\n return __eq__': _114,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,)==(other.value,)\n  return NotImplemented\n return __eq__': _115,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.expression,self.conversion,self.format_spec,)==(other.value,other.expression,other.conversion,other.format_spec,)\n  return NotImplemented\n return __eq__': _116,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.widest,self.bare,)==(other.widest,other.bare,)\n  return NotImplemented\n return __eq__': _117,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.words,)==(other.words,)\n  return NotImplemented\n return __eq__': _118,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.as_of,self.years,self.rows,self.findings,self.unattributed,self.queue,self.documents,self.reports,self.roster,self.pages,self.lang,))\n return __hash__': _119,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.body,self.year,self.url,self.code,self.rule,self.severity,self.message,self.place,self.across,self.other_url,))\n return __hash__': _120,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.by_kind,self.pack,))\n return __hash__': _121,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.cells,))\n return __hash__': _122,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.cells,self.tokens,))\n return __hash__': _123,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.args,self.loc,))\n return __hash__': _124,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.name,self.kind,self.severity,self.summary,self.message,self.rationale,self.for_,self.expr,self.options,self.examples,self.cases,self.against,self.applies,))\n return __hash__': _125,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.name,self.severity,self.args,self.loc,self.where,self.evidence,))\n return __hash__': _126,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.code,self.residual,self.coef,))\n return __hash__': _127,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.connect_timeout,self.read_timeout,self.deadline,self.retries,self.backoff,self.max_redirects,self.max_bytes,self.verify_tls,self.cache_dir,self.allow_private,self.images,))\n return __hash__': _128,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.corpus,self.doc,))\n return __hash__': _129,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.count,self.span,self.percent,self.percent_span,self.sentence,))\n return __hash__': _130,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.data,self.member,self.texts,))\n return __hash__': _131,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.drawn,self.pitch,self.steps,))\n return __hash__': _132,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.enabled,self.engine,self.table_seconds,self.document_seconds,self.progress,))\n return __hash__': _133,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.expr,self.env,self.rows,))\n return __hash__': _134,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.expr,self.for_,))\n return __hash__': _135,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.face,self.quality,self.readings,))\n return __hash__': _136,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.format_id,self.gtrid,self.bqual,self.prepared,self.owner,self.database,))\n return __hash__': _137,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.g,self.digit,self.which,))\n return __hash__': _138,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.gray,self.ink,self.rules,self.grid,))\n return __hash__': _139,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.holds,self.left,self.right,self.left_terms,self.right_terms,))\n return __hash__': _140,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.horizontal,self.vertical,self.mask,self.em,))\n return __hash__': _141,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.host,self.items,self.options,self.scopes,self.robots,self.not_before,self.known_docs,self.store,self.wait,))\n return __hash__': _142,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.host,self.port,))\n return __hash__': _143,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.loc,self.cells,self.rows,self.columns,self.extra_rows,self.row_locs,self.unread_rows,))\n return __hash__': _144,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.image,self.row,self.col,self.confidence,self.read,self.note,))\n return __hash__': _145,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.info,self.text,self.problems,self.raw,))\n return __hash__': _146,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ink,self.baseline,))\n return __hash__': _147,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.heading,self.match,self.start_line,self.end_line,self.start,self.end,))\n return __hash__': _148,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.label,self.aliases,self.group,self.kind,))\n return __hash__': _149,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.label,self.aliases,self.ordinal,self.group,self.block,self.columns,))\n return __hash__': _150,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.label,self.ordinal,))\n return __hash__': _151,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.ordinal,self.title,self.variants,self.keywords,self.long_forms,self.optional,))\n return __hash__': _152,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.pattern,self.label,))\n return __hash__': _153,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.target,self.ordinal,))\n return __hash__': _154,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.cells,self.level,self.bold,self.table,))\n return __hash__': _155,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.labels,self.cells,self.top,self.bands,))\n return __hash__': _156,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.name,self.data,self.url,self.lang,))\n return __hash__': _157,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.label,self.loc,self.values,))\n return __hash__': _158,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.label,self.x0,self.x1,))\n return __hash__': _159,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.line,self.column,))\n return __hash__': _160,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.line,self.labels,self.values,self.cells,self.index,self.layout,self.tail,self.parts,self.above,self.full,))\n return __hash__': _161,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lines,self.blocks,))\n return __hash__': _162,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lines,self.x0,self.x1,self.top,self.bottom,self.glyphs,self.room,self.words,self.sharpness,self.touches_border,))\n return __hash__': _163,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lo,self.hi,self.segments,self.virtual,))\n return __hash__': _164,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,))\n return __hash__': _165,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.max_bytes,self.jobs,self.loopback,self.fetch_timeout,))\n return __hash__': _166,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.max_pixels,self.max_side,self.table_seconds,self.page_seconds,self.document_seconds,))\n return __hash__': _167,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.is_var,))\n return __hash__': _168,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.kind,self.encoding,self.sha256,self.url,self.published,self.title,))\n return __hash__': _169,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.level,self.parent,self.listing_url,))\n return __hash__': _170,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.level,self.parent,self.year,self.status,self.url,self.published,self.deadline,self.days_late,self.reason,self.listing_url,))\n return __hash__': _171,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.options,self.args,self.expression,self.across,))\n return __hash__': _172,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.parse,self.render,self.read,self.suffixes,self.content_types,self.magic,self.magic_within,self.binary,self.in_folders,))\n return __hash__': _173,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.result,self.note,self.reader,))\n return __hash__': _174,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.no,self.kind,self.cells,self.md_level,self.exact,))\n return __hash__': _175,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.op,self.left,self.right,))\n return __hash__': _176,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.pack,self.lang,self.color,self.version,))\n return __hash__': _177,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.prose,self.spans,))\n return __hash__': _178,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,))\n return __hash__': _179,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.raw,self.kind,self.value,self.line,self.column,self.end_column,))\n return __hash__': _180,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.raw,self.kind,self.value,self.loc,))\n return __hash__': _181,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.reports,self.pages,self.attachments,))\n return __hash__': _182,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,))\n return __hash__': _183,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,self.kind,self.text,self.confidence,self.note,))\n return __hash__': _184,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.rule,self.text,))\n return __hash__': _185,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ruled,self.columns,self.rows,self.cells,self.notes,))\n return __hash__': _186,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.says,self.kind,self.documents,self.parents,))\n return __hash__': _187,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.select,self.ignore,))\n return __hash__': _188,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.select,self.ignore,self.extend_select,self.per_file_ignores,self.severity,self.fail_level,self.lang,self.rules,self.exclude,self.file,))\n return __hash__': _189,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.selection,self.max_bytes,self.published,self.fetch,self.packs,self.severity,self.debug,self.ocr,))\n return __hash__': _190,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.document,self.findings,self.notes,self.pack,))\n return __hash__': _191,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.headings,self.sections,self.paragraphs,self.tables,self.format,self.year,self.agency,self.problems,self.line_count,self.images,self.line_pages,self.markers,self.shape,self.original,self.line_origins,self.notes,self.ocr,self.ocr_missing,))\n return __hash__': _192,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.line,self.column,self.end_line,self.end_column,self.page,))\n return __hash__': _193,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.width,self.height,self.lines,self.tables,self.complete,self.notes,self.seconds,))\n return __hash__': _194,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.width,self.height,self.ruled,self.columns,self.rows,self.cells,self.engine,self.complete,self.notes,self.seconds,))\n return __hash__': _195,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,))\n return __hash__': _196,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,))\n return __hash__': _197,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.row,self.col,self.qual,))\n return __hash__': _198,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.row,self.col,self.value,self.qual,))\n return __hash__': _199,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.row,self.column,self.section,self.paragraph,self.quote,self.heading,self.page,self.docx,self.image,))\n return __hash__': _200,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.rows,self.cols,self.qual,))\n return __hash__': _201,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.confidence,self.look,))\n return __hash__': _202,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.encoding,self.reason,))\n return __hash__': _203,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.fit,self.margin,self.rival,self.sign,))\n return __hash__': _204,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.left,self.op,self.right,))\n return __hash__': _205,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.loc,))\n return __hash__': _206,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.ordinal,self.bold,self.line,self.column,self.end_column,))\n return __hash__': _207,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.ordinal,self.system,self.number,self.level,self.loc,))\n return __hash__': _208,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.spot,))\n return __hash__': _209,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.start,self.end,))\n return __hash__': _210,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.starts,self.locs,))\n return __hash__': _211,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,))\n return __hash__': _212,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,self.row,self.col,self.kind,))\n return __hash__': _213,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.loc,self.confidence,))\n return __hash__': _214,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.type,self.required,self.default,self.doc,))\n return __hash__': _215,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.type,self.title,self.body_markers,self.listing_link,self.formats,))\n return __hash__': _216,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.url,self.discovered_from,self.agency,self.year,self.published,self.is_report,self.http_status,))\n return __hash__': _217,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.url,self.kind,self.discovered_from,self.state,self.note,self.note_zh,))\n return __hash__': _218,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.value,))\n return __hash__': _219,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(as_of={self.as_of!r}, years={self.years!r}, rows={self.rows!r}, findings={self.findings!r}, unattributed={self.unattributed!r}, queue={self.queue!r}, documents={self.documents!r}, reports={self.reports!r}, roster={self.roster!r}, pages={self.pages!r}, lang={self.lang!r})"\n return __repr__': _220,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(blocks={self.blocks!r}, title={self.title!r}, meta={self.meta!r}, attachments={self.attachments!r}, images={self.images!r}, image_refs={self.image_refs!r}, body_found={self.body_found!r}, problems={self.problems!r})"\n return __repr__': _221,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(body={self.body!r}, year={self.year!r}, url={self.url!r}, code={self.code!r}, rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, place={self.place!r}, across={self.across!r}, other_url={self.other_url!r})"\n return __repr__': _222,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(by_kind={self.by_kind!r}, pack={self.pack!r})"\n return __repr__': _223,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(cells={self.cells!r})"\n return __repr__': _224,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(cells={self.cells!r}, tokens={self.tokens!r})"\n return __repr__': _225,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, args={self.args!r}, loc={self.loc!r})"\n return __repr__': _226,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, kind={self.kind!r}, severity={self.severity!r}, summary={self.summary!r}, message={self.message!r}, rationale={self.rationale!r}, for_={self.for_!r}, expr={self.expr!r}, options={self.options!r}, examples={self.examples!r}, cases={self.cases!r}, against={self.against!r}, applies={self.applies!r})"\n return __repr__': _227,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, severity={self.severity!r}, args={self.args!r}, loc={self.loc!r}, where={self.where!r}, evidence={self.evidence!r}, template={self.template!r}, fixes={self.fixes!r}, related={self.related!r})"\n return __repr__': _228,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, residual={self.residual!r}, coef={self.coef!r})"\n return __repr__': _229,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, zh={self.zh!r}, en={self.en!r}, status={self.status!r})"\n return __repr__': _230,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(codes={self.codes!r}, first={self.first!r}, last={self.last!r}, loc={self.loc!r}, used={self.used!r})"\n return __repr__': _231,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(connect_timeout={self.connect_timeout!r}, read_timeout={self.read_timeout!r}, deadline={self.deadline!r}, retries={self.retries!r}, backoff={self.backoff!r}, max_redirects={self.max_redirects!r}, max_bytes={self.max_bytes!r}, verify_tls={self.verify_tls!r}, cache_dir={self.cache_dir!r}, allow_private={self.allow_private!r}, images={self.images!r})"\n return __repr__': _232,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(content_disposition={self.content_disposition!r}, field_name={self.field_name!r}, data={self.data!r}, file={self.file!r}, item_headers={self.item_headers!r})"\n return __repr__': _233,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(corpus={self.corpus!r}, doc={self.doc!r})"\n return __repr__': _234,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(count={self.count!r}, span={self.span!r}, percent={self.percent!r}, percent_span={self.percent_span!r}, sentence={self.sentence!r})"\n return __repr__': _235,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(data={self.data!r}, member={self.member!r}, texts={self.texts!r})"\n return __repr__': _236,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(discovered={self.discovered!r}, finished={self.finished!r}, fetched={self.fetched!r}, linted={self.linted!r}, errors={self.errors!r}, skipped={self.skipped!r}, lang={self.lang!r}, quiet={self.quiet!r}, stream={self.stream!r}, started={self.started!r}, lock={self.lock!r}, _at_start={self._at_start!r}, _last={self._last!r}, _logged={self._logged!r})"\n return __repr__': _237,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(drawn={self.drawn!r}, pitch={self.pitch!r}, steps={self.steps!r})"\n return __repr__': _238,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(enabled={self.enabled!r}, engine={self.engine!r}, table_seconds={self.table_seconds!r}, document_seconds={self.document_seconds!r}, progress={self.progress!r})"\n return __repr__': _239,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(expr={self.expr!r}, env={self.env!r}, rows={self.rows!r})"\n return __repr__': _240,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(expr={self.expr!r}, for_={self.for_!r})"\n return __repr__': _241,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(face={self.face!r}, quality={self.quality!r}, readings={self.readings!r})"\n return __repr__': _242,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(font={self.font!r}, size={self.size!r}, bank={self.bank!r}, energy={self.energy!r}, box={self.box!r}, ox={self.ox!r}, oy={self.oy!r})"\n return __repr__': _243,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(format_id={self.format_id!r}, gtrid={self.gtrid!r}, bqual={self.bqual!r}, prepared={self.prepared!r}, owner={self.owner!r}, database={self.database!r})"\n return __repr__': _244,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(g={self.g!r}, digit={self.digit!r}, which={self.which!r})"\n return __repr__': _245,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(gray={self.gray!r}, ink={self.ink!r}, rules={self.rules!r}, grid={self.grid!r})"\n return __repr__': _246,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(holds={self.holds!r}, left={self.left!r}, right={self.right!r}, left_terms={self.left_terms!r}, right_terms={self.right_terms!r})"\n return __repr__': _247,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(horizontal={self.horizontal!r}, vertical={self.vertical!r}, mask={self.mask!r}, em={self.em!r})"\n return __repr__': _248,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(host={self.host!r}, items={self.items!r}, options={self.options!r}, scopes={self.scopes!r}, robots={self.robots!r}, not_before={self.not_before!r}, known_docs={self.known_docs!r}, store={self.store!r}, wait={self.wait!r})"\n return __repr__': _249,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(host={self.host!r}, port={self.port!r})"\n return __repr__': _250,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(host={self.host!r}, writes={self.writes!r}, counts={self.counts!r}, touched={self.touched!r}, robots={self.robots!r}, ended={self.ended!r})"\n return __repr__': _251,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, loc={self.loc!r}, cells={self.cells!r}, rows={self.rows!r}, columns={self.columns!r}, extra_rows={self.extra_rows!r}, row_locs={self.row_locs!r}, unread_rows={self.unread_rows!r})"\n return __repr__': _252,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, section={self.section!r}, layout={self.layout!r}, columns={self.columns!r}, rows={self.rows!r}, groups={self.groups!r})"\n return __repr__': _253,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(image={self.image!r}, row={self.row!r}, col={self.col!r}, confidence={self.confidence!r}, read={self.read!r}, note={self.note!r})"\n return __repr__': _254,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(info={self.info!r}, db={self.db!r}, user={self.user!r}, password={self.password!r}, host={self.host!r}, hostaddr={self.hostaddr!r}, port={self.port!r}, tty={self.tty!r}, options={self.options!r}, status={self.status!r}, transaction_status={self.transaction_status!r}, pipeline_status={self.pipeline_status!r}, error_message={self.error_message!r}, _encoding={self._encoding!r}, protocol_version={self.protocol_version!r}, full_protocol_version={self.full_protocol_version!r}, server_version={self.server_version!r}, backend_pid={self.backend_pid!r}, needs_password={self.needs_password!r}, used_password={self.used_password!r}, used_gssapi={self.used_gssapi!r}, ssl_in_use={self.ssl_in_use!r}, nonblocking={self.nonblocking!r}, notice_handler={self.notice_handler!r}, notify_handler={self.notify_handler!r})"\n return __repr__': _255,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(info={self.info!r}, text={self.text!r}, problems={self.problems!r})"\n return __repr__': _256,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ink={self.ink!r}, baseline={self.baseline!r})"\n return __repr__': _257,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, heading={self.heading!r}, match={self.match!r}, start_line={self.start_line!r}, end_line={self.end_line!r}, start={self.start!r}, end={self.end!r})"\n return __repr__': _258,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, aliases={self.aliases!r}, group={self.group!r}, kind={self.kind!r})"\n return __repr__': _259,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, aliases={self.aliases!r}, ordinal={self.ordinal!r}, group={self.group!r}, block={self.block!r}, columns={self.columns!r})"\n return __repr__': _260,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, ordinal={self.ordinal!r})"\n return __repr__': _261,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, ordinal={self.ordinal!r}, title={self.title!r}, variants={self.variants!r}, keywords={self.keywords!r}, long_forms={self.long_forms!r}, optional={self.optional!r})"\n return __repr__': _262,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, pattern={self.pattern!r}, label={self.label!r})"\n return __repr__': _263,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, target={self.target!r}, ordinal={self.ordinal!r})"\n return __repr__': _264,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, envvar={self.envvar!r}, compiled={self.compiled!r})"\n return __repr__': _265,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, cells={self.cells!r}, level={self.level!r}, bold={self.bold!r}, table={self.table!r})"\n return __repr__': _266,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, labels={self.labels!r}, cells={self.cells!r}, top={self.top!r}, bands={self.bands!r})"\n return __repr__': _267,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, name={self.name!r}, data={self.data!r}, url={self.url!r}, lang={self.lang!r})"\n return __repr__': _268,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(label={self.label!r}, loc={self.loc!r}, values={self.values!r})"\n return __repr__': _269,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(label={self.label!r}, x0={self.x0!r}, x1={self.x1!r})"\n return __repr__': _270,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line={self.line!r}, column={self.column!r})"\n return __repr__': _271,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line={self.line!r}, labels={self.labels!r}, values={self.values!r}, cells={self.cells!r}, index={self.index!r}, layout={self.layout!r}, tail={self.tail!r}, parts={self.parts!r}, above={self.above!r}, full={self.full!r})"\n return __repr__': _272,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, blocks={self.blocks!r})"\n return __repr__': _273,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, info={self.info!r}, head={self.head!r}, line_count={self.line_count!r}, problems={self.problems!r}, images={self.images!r}, original={self.original!r}, markers={self.markers!r})"\n return __repr__': _274,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, pages={self.pages!r}, problems={self.problems!r}, ocr={self.ocr!r}, notes={self.notes!r}, hint={self.hint!r}, origins={self.origins!r})"\n return __repr__': _275,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, glyphs={self.glyphs!r}, room={self.room!r}, words={self.words!r}, sharpness={self.sharpness!r}, touches_border={self.touches_border!r})"\n return __repr__': _276,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lo={self.lo!r}, hi={self.hi!r}, segments={self.segments!r}, virtual={self.virtual!r})"\n return __repr__': _277,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(loc={self.loc!r}, args={self.args!r}, where={self.where!r}, evidence={self.evidence!r}, severity={self.severity!r}, other={self.other!r}, message={self.message!r})"\n return __repr__': _278,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(max_bytes={self.max_bytes!r}, jobs={self.jobs!r}, loopback={self.loopback!r}, fetch_timeout={self.fetch_timeout!r})"\n return __repr__': _279,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(max_pixels={self.max_pixels!r}, max_side={self.max_side!r}, table_seconds={self.table_seconds!r}, page_seconds={self.page_seconds!r}, document_seconds={self.document_seconds!r})"\n return __repr__': _280,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, format={self.format!r}, title={self.title!r}, format_markers={self.format_markers!r}, sections={self.sections!r}, tables={self.tables!r}, rules={self.rules!r}, path={self.path!r}, report={self.report!r}, bodies={self.bodies!r}, diagnosis={self.diagnosis!r})"\n return __repr__': _281,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, is_var={self.is_var!r})"\n return __repr__': _282,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, encoding={self.encoding!r}, sha256={self.sha256!r}, url={self.url!r}, published={self.published!r}, title={self.title!r})"\n return __repr__': _283,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, listing_url={self.listing_url!r})"\n return __repr__': _284,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, year={self.year!r}, status={self.status!r}, url={self.url!r}, published={self.published!r}, deadline={self.deadline!r}, days_late={self.days_late!r}, reason={self.reason!r}, listing_url={self.listing_url!r})"\n return __repr__': _285,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, options={self.options!r}, args={self.args!r}, expression={self.expression!r}, across={self.across!r})"\n return __repr__': _286,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, parse={self.parse!r}, render={self.render!r}, read={self.read!r}, suffixes={self.suffixes!r}, content_types={self.content_types!r}, magic={self.magic!r}, magic_within={self.magic_within!r}, binary={self.binary!r}, in_folders={self.in_folders!r})"\n return __repr__': _287,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, result={self.result!r}, note={self.note!r}, reader={self.reader!r})"\n return __repr__': _288,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, shapes={self.shapes!r}, advances={self.advances!r}, em={self.em!r}, pad={self.pad!r}, base={self.base!r}, top={self.top!r}, bottom={self.bottom!r})"\n return __repr__': _289,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(no={self.no!r}, kind={self.kind!r}, cells={self.cells!r}, md_level={self.md_level!r}, exact={self.exact!r})"\n return __repr__': _290,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(op={self.op!r}, left={self.left!r}, right={self.right!r})"\n return __repr__': _291,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pack={self.pack!r}, lang={self.lang!r}, color={self.color!r}, version={self.version!r})"\n return __repr__': _292,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(per_host={self.per_host!r}, delay={self.delay!r}, concurrency={self.concurrency!r}, refetch={self.refetch!r}, respect_robots={self.respect_robots!r}, processes={self.processes!r}, time_limit={self.time_limit!r}, max_pages={self.max_pages!r}, start_method={self.start_method!r}, fetch={self.fetch!r}, lint={self.lint!r})"\n return __repr__': _293,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(prose={self.prose!r}, spans={self.spans!r})"\n return __repr__': _294,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(queue={self.queue!r}, documents={self.documents!r}, reports={self.reports!r}, errors={self.errors!r}, warnings={self.warnings!r}, codes={self.codes!r}, cross_codes={self.cross_codes!r})"\n return __repr__': _295,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, line={self.line!r}, column={self.column!r}, end_column={self.end_column!r})"\n return __repr__': _296,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, loc={self.loc!r})"\n return __repr__': _297,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(reports={self.reports!r}, pages={self.pages!r}, attachments={self.attachments!r})"\n return __repr__': _298,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(result={self.result!r}, name={self.name!r}, kind={self.kind!r})"\n return __repr__': _299,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(row={self.row!r}, col={self.col!r}, rowspan={self.rowspan!r}, colspan={self.colspan!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r})"\n return __repr__': _300,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(row={self.row!r}, col={self.col!r}, rowspan={self.rowspan!r}, colspan={self.colspan!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, kind={self.kind!r}, text={self.text!r}, confidence={self.confidence!r}, note={self.note!r})"\n return __repr__': _301,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rule={self.rule!r}, text={self.text!r})"\n return __repr__': _302,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, notes={self.notes!r})"\n return __repr__': _303,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(says={self.says!r}, kind={self.kind!r}, documents={self.documents!r}, parents={self.parents!r})"\n return __repr__': _304,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(select={self.select!r}, ignore={self.ignore!r})"\n return __repr__': _305,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(select={self.select!r}, ignore={self.ignore!r}, extend_select={self.extend_select!r}, per_file_ignores={self.per_file_ignores!r}, severity={self.severity!r}, fail_level={self.fail_level!r}, lang={self.lang!r}, rules={self.rules!r}, exclude={self.exclude!r}, file={self.file!r}, origins={self.origins!r})"\n return __repr__': _306,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(selection={self.selection!r}, max_bytes={self.max_bytes!r}, published={self.published!r}, fetch={self.fetch!r}, packs={self.packs!r}, severity={self.severity!r}, debug={self.debug!r}, ocr={self.ocr!r})"\n return __repr__': _307,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, document={self.document!r}, findings={self.findings!r}, notes={self.notes!r}, pack={self.pack!r})"\n return __repr__': _308,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, headings={self.headings!r}, sections={self.sections!r}, paragraphs={self.paragraphs!r}, tables={self.tables!r}, format={self.format!r}, year={self.year!r}, agency={self.agency!r}, problems={self.problems!r}, line_count={self.line_count!r}, images={self.images!r}, line_pages={self.line_pages!r}, markers={self.markers!r}, shape={self.shape!r}, original={self.original!r}, line_origins={self.line_origins!r}, notes={self.notes!r}, ocr={self.ocr!r}, ocr_missing={self.ocr_missing!r})"\n return __repr__': _309,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, line={self.line!r}, column={self.column!r}, end_line={self.end_line!r}, end_column={self.end_column!r}, page={self.page!r})"\n return __repr__': _310,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, lines={self.lines!r}, tables={self.tables!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"\n return __repr__': _311,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, engine={self.engine!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"\n return __repr__': _312,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"\n return __repr__': _313,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, errors={self.errors!r}, warnings={self.warnings!r}, infos={self.infos!r}, top={self.top!r}, page={self.page!r}, figures={self.figures!r})"\n return __repr__': _314,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, col={self.col!r}, qual={self.qual!r})"\n return __repr__': _315,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, col={self.col!r}, value={self.value!r}, qual={self.qual!r})"\n return __repr__': _316,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, column={self.column!r}, section={self.section!r}, paragraph={self.paragraph!r}, quote={self.quote!r}, heading={self.heading!r}, page={self.page!r}, docx={self.docx!r}, image={self.image!r})"\n return __repr__': _317,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, rows={self.rows!r}, cols={self.cols!r}, qual={self.qual!r})"\n return __repr__': _318,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, confidence={self.confidence!r}, look={self.look!r})"\n return __repr__': _319,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, encoding={self.encoding!r}, reason={self.reason!r})"\n return __repr__': _320,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, fit={self.fit!r}, margin={self.margin!r}, rival={self.rival!r}, sign={self.sign!r})"\n return __repr__': _321,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, left={self.left!r}, op={self.op!r}, right={self.right!r})"\n return __repr__': _322,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, loc={self.loc!r})"\n return __repr__': _323,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, ordinal={self.ordinal!r}, bold={self.bold!r}, line={self.line!r}, column={self.column!r}, end_column={self.end_column!r})"\n return __repr__': _324,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, ordinal={self.ordinal!r}, system={self.system!r}, number={self.number!r}, level={self.level!r}, loc={self.loc!r})"\n return __repr__': _325,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, spot={self.spot!r})"\n return __repr__': _326,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, start={self.start!r}, end={self.end!r})"\n return __repr__': _327,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, starts={self.starts!r}, locs={self.locs!r})"\n return __repr__': _328,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, confidence={self.confidence!r})"\n return __repr__': _329,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, confidence={self.confidence!r}, row={self.row!r}, col={self.col!r}, kind={self.kind!r})"\n return __repr__': _330,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, loc={self.loc!r}, confidence={self.confidence!r})"\n return __repr__': _331,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(texts={self.texts!r}, first={self.first!r})"\n return __repr__': _332,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(top={self.top!r}, bottom={self.bottom!r}, left={self.left!r}, right={self.right!r}, parts={self.parts!r})"\n return __repr__': _333,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(tpl={self.tpl!r}, source={self.source!r}, cells={self.cells!r}, row_lines={self.row_lines!r}, extra={self.extra!r}, shape={self.shape!r}, glued={self.glued!r}, glued_rows={self.glued_rows!r}, unread={self.unread!r}, unplaced={self.unplaced!r}, notes={self.notes!r}, first={self.first!r}, taken={self.taken!r})"\n return __repr__': _334,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(type={self.type!r}, required={self.required!r}, default={self.default!r}, doc={self.doc!r})"\n return __repr__': _335,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(type={self.type!r}, title={self.title!r}, body_markers={self.body_markers!r}, listing_link={self.listing_link!r}, formats={self.formats!r})"\n return __repr__': _336,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(url={self.url!r}, discovered_from={self.discovered_from!r}, agency={self.agency!r}, year={self.year!r}, published={self.published!r}, is_report={self.is_report!r}, http_status={self.http_status!r})"\n return __repr__': _337,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(url={self.url!r}, kind={self.kind!r}, discovered_from={self.discovered_from!r}, state={self.state!r}, note={self.note!r}, note_zh={self.note_zh!r})"\n return __repr__': _338,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r})"\n return __repr__': _339,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, expression={self.expression!r}, conversion={self.conversion!r}, format_spec={self.format_spec!r})"\n return __repr__': _340,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(widest={self.widest!r}, bare={self.bare!r})"\n return __repr__': _341,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(words={self.words!r})"\n return __repr__': _342,
    "def __create_fn__(_type_as_of, _type_years, _type_rows, _type_findings, _type_unattributed, _type_queue, _type_documents, _type_reports, _type_roster, _type_pages, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _return_type):\n def __init__(self,as_of:_type_as_of,years:_type_years,rows:_type_rows,findings:_type_findings,unattributed:_type_unattributed,queue:_type_queue,documents:_type_documents,reports:_type_reports,roster:_type_roster,pages:_type_pages,lang:_type_lang=_dflt_lang)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)\n  __dataclass_builtins_object__.__setattr__(self,'years',years)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'unattributed',unattributed)\n  __dataclass_builtins_object__.__setattr__(self,'queue',queue)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n  __dataclass_builtins_object__.__setattr__(self,'reports',reports)\n  __dataclass_builtins_object__.__setattr__(self,'roster',roster)\n  __dataclass_builtins_object__.__setattr__(self,'pages',pages)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n return __init__": _343,
    'def __create_fn__(_type_blocks, _type_title, _type_meta, _type_attachments, _type_images, _type_image_refs, _type_body_found, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _dflt_title, _dflt_meta, _dflt_attachments, _dflt_images, _dflt_image_refs, _dflt_body_found, _dflt_problems, _return_type):\n def __init__(self,blocks:_type_blocks=_HAS_DEFAULT_FACTORY,title:_type_title=_dflt_title,meta:_type_meta=_HAS_DEFAULT_FACTORY,attachments:_type_attachments=_HAS_DEFAULT_FACTORY,images:_type_images=_HAS_DEFAULT_FACTORY,image_refs:_type_image_refs=_HAS_DEFAULT_FACTORY,body_found:_type_body_found=_dflt_body_found,problems:_type_problems=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks\n  self.title=title\n  self.meta=_dflt_meta() if meta is _HAS_DEFAULT_FACTORY else meta\n  self.attachments=_dflt_attachments() if attachments is _HAS_DEFAULT_FACTORY else attachments\n  self.images=_dflt_images() if images is _HAS_DEFAULT_FACTORY else images\n  self.image_refs=_dflt_image_refs() if image_refs is _HAS_DEFAULT_FACTORY else image_refs\n  self.body_found=body_found\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n return __init__': _344,
    "def __create_fn__(_type_body, _type_year, _type_url, _type_code, _type_rule, _type_severity, _type_message, _type_place, _type_across, _type_other_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_across, _dflt_other_url, _return_type):\n def __init__(self,body:_type_body,year:_type_year,url:_type_url,code:_type_code,rule:_type_rule,severity:_type_severity,message:_type_message,place:_type_place,across:_type_across=_dflt_across,other_url:_type_other_url=_dflt_other_url)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'place',place)\n  __dataclass_builtins_object__.__setattr__(self,'across',across)\n  __dataclass_builtins_object__.__setattr__(self,'other_url',other_url)\n return __init__": _345,
    "def __create_fn__(_type_by_kind, _type_pack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pack, _return_type):\n def __init__(self,by_kind:_type_by_kind,pack:_type_pack=_dflt_pack)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'by_kind',by_kind)\n  __dataclass_builtins_object__.__setattr__(self,'pack',pack)\n return __init__": _346,
    "def __create_fn__(_type_cells, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,cells:_type_cells)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n return __init__": _347,
    "def __create_fn__(_type_cells, _type_tokens, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,cells:_type_cells,tokens:_type_tokens)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)\n return __init__": _348,
    "def __create_fn__(_type_code, _type_args, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,code:_type_code,args:_type_args,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _349,
    "def __create_fn__(_type_code, _type_name, _type_kind, _type_severity, _type_summary, _type_message, _type_rationale, _type_for_, _type_expr, _type_options, _type_examples, _type_cases, _type_against, _type_applies, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_for_, _dflt_expr, _dflt_options, _dflt_examples, _dflt_cases, _dflt_against, _dflt_applies, _return_type):\n def __init__(self,code:_type_code,name:_type_name,kind:_type_kind,severity:_type_severity,summary:_type_summary,message:_type_message,rationale:_type_rationale,for_:_type_for_=_HAS_DEFAULT_FACTORY,expr:_type_expr=_dflt_expr,options:_type_options=_HAS_DEFAULT_FACTORY,examples:_type_examples=_HAS_DEFAULT_FACTORY,cases:_type_cases=_HAS_DEFAULT_FACTORY,against:_type_against=_dflt_against,applies:_type_applies=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'rationale',rationale)\n  __dataclass_builtins_object__.__setattr__(self,'for_',_dflt_for_() if for_ is _HAS_DEFAULT_FACTORY else for_)\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'options',_dflt_options() if options is _HAS_DEFAULT_FACTORY else options)\n  __dataclass_builtins_object__.__setattr__(self,'examples',_dflt_examples() if examples is _HAS_DEFAULT_FACTORY else examples)\n  __dataclass_builtins_object__.__setattr__(self,'cases',_dflt_cases() if cases is _HAS_DEFAULT_FACTORY else cases)\n  __dataclass_builtins_object__.__setattr__(self,'against',against)\n  __dataclass_builtins_object__.__setattr__(self,'applies',_dflt_applies() if applies is _HAS_DEFAULT_FACTORY else applies)\n return __init__": _350,
    "def __create_fn__(_type_code, _type_name, _type_severity, _type_args, _type_loc, _type_where, _type_evidence, _type_template, _type_fixes, _type_related, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _dflt_evidence, _dflt_template, _dflt_fixes, _dflt_related, _return_type):\n def __init__(self,code:_type_code,name:_type_name,severity:_type_severity,args:_type_args,loc:_type_loc,where:_type_where=_HAS_DEFAULT_FACTORY,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,template:_type_template=_dflt_template,fixes:_type_fixes=_dflt_fixes,related:_type_related=_dflt_related)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence)\n  __dataclass_builtins_object__.__setattr__(self,'template',template)\n  __dataclass_builtins_object__.__setattr__(self,'fixes',fixes)\n  __dataclass_builtins_object__.__setattr__(self,'related',related)\n return __init__": _351,
    "def __create_fn__(_type_code, _type_residual, _type_coef, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,code:_type_code,residual:_type_residual,coef:_type_coef)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'residual',residual)\n  __dataclass_builtins_object__.__setattr__(self,'coef',coef)\n return __init__": _352,
    'def __create_fn__(_type_code, _type_zh, _type_en, _type_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_status, _return_type):\n def __init__(self,code:_type_code,zh:_type_zh,en:_type_en,status:_type_status=_dflt_status)->_return_type:\n  self.code=code\n  self.zh=zh\n  self.en=en\n  self.status=status\n return __init__': _353,
    'def __create_fn__(_type_codes, _type_first, _type_last, _type_loc, _type_used, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_used, _return_type):\n def __init__(self,codes:_type_codes,first:_type_first,last:_type_last,loc:_type_loc,used:_type_used=_dflt_used)->_return_type:\n  self.codes=codes\n  self.first=first\n  self.last=last\n  self.loc=loc\n  self.used=used\n return __init__': _354,
    "def __create_fn__(_type_connect_timeout, _type_read_timeout, _type_deadline, _type_retries, _type_backoff, _type_max_redirects, _type_max_bytes, _type_verify_tls, _type_cache_dir, _type_allow_private, _type_images, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_connect_timeout, _dflt_read_timeout, _dflt_deadline, _dflt_retries, _dflt_backoff, _dflt_max_redirects, _dflt_max_bytes, _dflt_verify_tls, _dflt_cache_dir, _dflt_allow_private, _dflt_images, _return_type):\n def __init__(self,connect_timeout:_type_connect_timeout=_dflt_connect_timeout,read_timeout:_type_read_timeout=_dflt_read_timeout,deadline:_type_deadline=_dflt_deadline,retries:_type_retries=_dflt_retries,backoff:_type_backoff=_dflt_backoff,max_redirects:_type_max_redirects=_dflt_max_redirects,max_bytes:_type_max_bytes=_dflt_max_bytes,verify_tls:_type_verify_tls=_dflt_verify_tls,cache_dir:_type_cache_dir=_dflt_cache_dir,allow_private:_type_allow_private=_dflt_allow_private,images:_type_images=_dflt_images)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'connect_timeout',connect_timeout)\n  __dataclass_builtins_object__.__setattr__(self,'read_timeout',read_timeout)\n  __dataclass_builtins_object__.__setattr__(self,'deadline',deadline)\n  __dataclass_builtins_object__.__setattr__(self,'retries',retries)\n  __dataclass_builtins_object__.__setattr__(self,'backoff',backoff)\n  __dataclass_builtins_object__.__setattr__(self,'max_redirects',max_redirects)\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'verify_tls',verify_tls)\n  __dataclass_builtins_object__.__setattr__(self,'cache_dir',cache_dir)\n  __dataclass_builtins_object__.__setattr__(self,'allow_private',allow_private)\n  __dataclass_builtins_object__.__setattr__(self,'images',images)\n return __init__": _355,
    'def __create_fn__(_type_content_disposition, _type_field_name, _type_data, _type_file, _type_item_headers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_content_disposition, _dflt_field_name, _dflt_data, _dflt_file, _dflt_item_headers, _return_type):\n def __init__(self,content_disposition:_type_content_disposition=_dflt_content_disposition,field_name:_type_field_name=_dflt_field_name,data:_type_data=_HAS_DEFAULT_FACTORY,file:_type_file=_dflt_file,item_headers:_type_item_headers=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.content_disposition=content_disposition\n  self.field_name=field_name\n  self.data=_dflt_data() if data is _HAS_DEFAULT_FACTORY else data\n  self.file=file\n  self.item_headers=_dflt_item_headers() if item_headers is _HAS_DEFAULT_FACTORY else item_headers\n return __init__': _356,
    "def __create_fn__(_type_corpus, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,corpus:_type_corpus,doc:_type_doc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'corpus',corpus)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n return __init__": _357,
    "def __create_fn__(_type_count, _type_span, _type_percent, _type_percent_span, _type_sentence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_percent, _dflt_percent_span, _dflt_sentence, _return_type):\n def __init__(self,count:_type_count,span:_type_span,percent:_type_percent=_dflt_percent,percent_span:_type_percent_span=_dflt_percent_span,sentence:_type_sentence=_dflt_sentence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'percent_span',percent_span)\n  __dataclass_builtins_object__.__setattr__(self,'sentence',sentence)\n return __init__": _358,
    "def __create_fn__(_type_data, _type_member, _type_texts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,data:_type_data,member:_type_member,texts:_type_texts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'member',member)\n  __dataclass_builtins_object__.__setattr__(self,'texts',texts)\n return __init__": _359,
    'def __create_fn__(_type_discovered, _type_finished, _type_fetched, _type_linted, _type_errors, _type_skipped, _type_lang, _type_quiet, _type_stream, _type_started, _type_lock, _type__at_start, _type__last, _type__logged, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_discovered, _dflt_finished, _dflt_fetched, _dflt_linted, _dflt_errors, _dflt_skipped, _dflt_lang, _dflt_quiet, _dflt_stream, _dflt_started, _dflt_lock, _dflt__at_start, _dflt__last, _dflt__logged, _return_type):\n def __init__(self,discovered:_type_discovered=_dflt_discovered,finished:_type_finished=_dflt_finished,fetched:_type_fetched=_dflt_fetched,linted:_type_linted=_dflt_linted,errors:_type_errors=_dflt_errors,skipped:_type_skipped=_dflt_skipped,lang:_type_lang=_dflt_lang,quiet:_type_quiet=_dflt_quiet,stream:_type_stream=_HAS_DEFAULT_FACTORY,started:_type_started=_HAS_DEFAULT_FACTORY,lock:_type_lock=_HAS_DEFAULT_FACTORY,_at_start:_type__at_start=_dflt__at_start,_last:_type__last=_dflt__last,_logged:_type__logged=_dflt__logged)->_return_type:\n  self.discovered=discovered\n  self.finished=finished\n  self.fetched=fetched\n  self.linted=linted\n  self.errors=errors\n  self.skipped=skipped\n  self.lang=lang\n  self.quiet=quiet\n  self.stream=_dflt_stream() if stream is _HAS_DEFAULT_FACTORY else stream\n  self.started=_dflt_started() if started is _HAS_DEFAULT_FACTORY else started\n  self.lock=_dflt_lock() if lock is _HAS_DEFAULT_FACTORY else lock\n  self._at_start=_at_start\n  self._last=_last\n  self._logged=_logged\n return __init__': _360,
    "def __create_fn__(_type_drawn, _type_pitch, _type_steps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,drawn:_type_drawn,pitch:_type_pitch,steps:_type_steps)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'drawn',drawn)\n  __dataclass_builtins_object__.__setattr__(self,'pitch',pitch)\n  __dataclass_builtins_object__.__setattr__(self,'steps',steps)\n return __init__": _361,
    "def __create_fn__(_type_enabled, _type_engine, _type_table_seconds, _type_document_seconds, _type_progress, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_enabled, _dflt_engine, _dflt_table_seconds, _dflt_document_seconds, _dflt_progress, _return_type):\n def __init__(self,enabled:_type_enabled=_dflt_enabled,engine:_type_engine=_dflt_engine,table_seconds:_type_table_seconds=_dflt_table_seconds,document_seconds:_type_document_seconds=_dflt_document_seconds,progress:_type_progress=_dflt_progress)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'enabled',enabled)\n  __dataclass_builtins_object__.__setattr__(self,'engine',engine)\n  __dataclass_builtins_object__.__setattr__(self,'table_seconds',table_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'document_seconds',document_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'progress',progress)\n return __init__": _362,
    "def __create_fn__(_type_expr, _type_env, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,expr:_type_expr,env:_type_env,rows:_type_rows)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'env',env)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n return __init__": _363,
    "def __create_fn__(_type_expr, _type_for_, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,expr:_type_expr,for_:_type_for_)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'for_',for_)\n return __init__": _364,
    "def __create_fn__(_type_face, _type_quality, _type_readings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,face:_type_face,quality:_type_quality,readings:_type_readings)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'face',face)\n  __dataclass_builtins_object__.__setattr__(self,'quality',quality)\n  __dataclass_builtins_object__.__setattr__(self,'readings',readings)\n return __init__": _365,
    "def __create_fn__(_type_font, _type_size, _type_bank, _type_energy, _type_box, _type_ox, _type_oy, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,font:_type_font,size:_type_size,bank:_type_bank,energy:_type_energy,box:_type_box,ox:_type_ox,oy:_type_oy)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'font',font)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'bank',bank)\n  __dataclass_builtins_object__.__setattr__(self,'energy',energy)\n  __dataclass_builtins_object__.__setattr__(self,'box',box)\n  __dataclass_builtins_object__.__setattr__(self,'ox',ox)\n  __dataclass_builtins_object__.__setattr__(self,'oy',oy)\n return __init__": _366,
    "def __create_fn__(_type_format_id, _type_gtrid, _type_bqual, _type_prepared, _type_owner, _type_database, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prepared, _dflt_owner, _dflt_database, _return_type):\n def __init__(self,format_id:_type_format_id,gtrid:_type_gtrid,bqual:_type_bqual,prepared:_type_prepared=_dflt_prepared,owner:_type_owner=_dflt_owner,database:_type_database=_dflt_database)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'format_id',format_id)\n  __dataclass_builtins_object__.__setattr__(self,'gtrid',gtrid)\n  __dataclass_builtins_object__.__setattr__(self,'bqual',bqual)\n  __dataclass_builtins_object__.__setattr__(self,'prepared',prepared)\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n  __dataclass_builtins_object__.__setattr__(self,'database',database)\n return __init__": _367,
    "def __create_fn__(_type_g, _type_digit, _type_which, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,g:_type_g,digit:_type_digit,which:_type_which)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'g',g)\n  __dataclass_builtins_object__.__setattr__(self,'digit',digit)\n  __dataclass_builtins_object__.__setattr__(self,'which',which)\n return __init__": _368,
    "def __create_fn__(_type_gray, _type_ink, _type_rules, _type_grid, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,gray:_type_gray,ink:_type_ink,rules:_type_rules,grid:_type_grid)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'gray',gray)\n  __dataclass_builtins_object__.__setattr__(self,'ink',ink)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'grid',grid)\n return __init__": _369,
    "def __create_fn__(_type_holds, _type_left, _type_right, _type_left_terms, _type_right_terms, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,holds:_type_holds,left:_type_left,right:_type_right,left_terms:_type_left_terms,right_terms:_type_right_terms)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'holds',holds)\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'right',right)\n  __dataclass_builtins_object__.__setattr__(self,'left_terms',left_terms)\n  __dataclass_builtins_object__.__setattr__(self,'right_terms',right_terms)\n return __init__": _370,
    "def __create_fn__(_type_horizontal, _type_vertical, _type_mask, _type_em, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,horizontal:_type_horizontal,vertical:_type_vertical,mask:_type_mask,em:_type_em)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'horizontal',horizontal)\n  __dataclass_builtins_object__.__setattr__(self,'vertical',vertical)\n  __dataclass_builtins_object__.__setattr__(self,'mask',mask)\n  __dataclass_builtins_object__.__setattr__(self,'em',em)\n return __init__": _371,
    "def __create_fn__(_type_host, _type_items, _type_options, _type_scopes, _type_robots, _type_not_before, _type_known_docs, _type_store, _type_wait, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_known_docs, _dflt_store, _dflt_wait, _return_type):\n def __init__(self,host:_type_host,items:_type_items,options:_type_options,scopes:_type_scopes,robots:_type_robots,not_before:_type_not_before,known_docs:_type_known_docs=_dflt_known_docs,store:_type_store=_dflt_store,wait:_type_wait=_dflt_wait)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'host',host)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n  __dataclass_builtins_object__.__setattr__(self,'scopes',scopes)\n  __dataclass_builtins_object__.__setattr__(self,'robots',robots)\n  __dataclass_builtins_object__.__setattr__(self,'not_before',not_before)\n  __dataclass_builtins_object__.__setattr__(self,'known_docs',known_docs)\n  __dataclass_builtins_object__.__setattr__(self,'store',store)\n  __dataclass_builtins_object__.__setattr__(self,'wait',wait)\n return __init__": _372,
    "def __create_fn__(_type_host, _type_port, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,host:_type_host,port:_type_port)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'host',host)\n  __dataclass_builtins_object__.__setattr__(self,'port',port)\n return __init__": _373,
    'def __create_fn__(_type_host, _type_writes, _type_counts, _type_touched, _type_robots, _type_ended, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_writes, _dflt_counts, _dflt_touched, _dflt_robots, _dflt_ended, _return_type):\n def __init__(self,host:_type_host,writes:_type_writes=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY,touched:_type_touched=_HAS_DEFAULT_FACTORY,robots:_type_robots=_HAS_DEFAULT_FACTORY,ended:_type_ended=_dflt_ended)->_return_type:\n  self.host=host\n  self.writes=_dflt_writes() if writes is _HAS_DEFAULT_FACTORY else writes\n  self.counts=_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts\n  self.touched=_dflt_touched() if touched is _HAS_DEFAULT_FACTORY else touched\n  self.robots=_dflt_robots() if robots is _HAS_DEFAULT_FACTORY else robots\n  self.ended=ended\n return __init__': _374,
    "def __create_fn__(_type_id, _type_loc, _type_cells, _type_rows, _type_columns, _type_extra_rows, _type_row_locs, _type_unread_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra_rows, _dflt_row_locs, _dflt_unread_rows, _return_type):\n def __init__(self,id:_type_id,loc:_type_loc,cells:_type_cells,rows:_type_rows,columns:_type_columns,extra_rows:_type_extra_rows=_dflt_extra_rows,row_locs:_type_row_locs=_HAS_DEFAULT_FACTORY,unread_rows:_type_unread_rows=_dflt_unread_rows)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'extra_rows',extra_rows)\n  __dataclass_builtins_object__.__setattr__(self,'row_locs',_dflt_row_locs() if row_locs is _HAS_DEFAULT_FACTORY else row_locs)\n  __dataclass_builtins_object__.__setattr__(self,'unread_rows',unread_rows)\n return __init__": _375,
    "def __create_fn__(_type_id, _type_title, _type_section, _type_layout, _type_columns, _type_rows, _type_groups, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_groups, _return_type):\n def __init__(self,id:_type_id,title:_type_title,section:_type_section,layout:_type_layout,columns:_type_columns,rows:_type_rows,groups:_type_groups=_dflt_groups)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'section',section)\n  __dataclass_builtins_object__.__setattr__(self,'layout',layout)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'groups',groups)\n return __init__": _376,
    "def __create_fn__(_type_image, _type_row, _type_col, _type_confidence, _type_read, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_note, _return_type):\n def __init__(self,image:_type_image,row:_type_row,col:_type_col,confidence:_type_confidence,read:_type_read=_dflt_read,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'image',image)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'read',read)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__": _377,
    'def __create_fn__(_type_info, _type_db, _type_user, _type_password, _type_host, _type_hostaddr, _type_port, _type_tty, _type_options, _type_status, _type_transaction_status, _type_pipeline_status, _type_error_message, _type__encoding, _type_protocol_version, _type_full_protocol_version, _type_server_version, _type_backend_pid, _type_needs_password, _type_used_password, _type_used_gssapi, _type_ssl_in_use, _type_nonblocking, _type_notice_handler, _type_notify_handler, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_info, _dflt_db, _dflt_user, _dflt_password, _dflt_host, _dflt_hostaddr, _dflt_port, _dflt_tty, _dflt_options, _dflt_status, _dflt_transaction_status, _dflt_pipeline_status, _dflt_error_message, _dflt__encoding, _dflt_protocol_version, _dflt_full_protocol_version, _dflt_server_version, _dflt_backend_pid, _dflt_needs_password, _dflt_used_password, _dflt_used_gssapi, _dflt_ssl_in_use, _dflt_nonblocking, _dflt_notice_handler, _dflt_notify_handler, _return_type):\n def __init__(self,info:_type_info=_HAS_DEFAULT_FACTORY,db:_type_db=_dflt_db,user:_type_user=_dflt_user,password:_type_password=_dflt_password,host:_type_host=_dflt_host,hostaddr:_type_hostaddr=_dflt_hostaddr,port:_type_port=_dflt_port,tty:_type_tty=_dflt_tty,options:_type_options=_dflt_options,status:_type_status=_dflt_status,transaction_status:_type_transaction_status=_dflt_transaction_status,pipeline_status:_type_pipeline_status=_dflt_pipeline_status,error_message:_type_error_message=_dflt_error_message,_encoding:_type__encoding=_dflt__encoding,protocol_version:_type_protocol_version=_dflt_protocol_version,full_protocol_version:_type_full_protocol_version=_dflt_full_protocol_version,server_version:_type_server_version=_dflt_server_version,backend_pid:_type_backend_pid=_dflt_backend_pid,needs_password:_type_needs_password=_dflt_needs_password,used_password:_type_used_password=_dflt_used_password,used_gssapi:_type_used_gssapi=_dflt_used_gssapi,ssl_in_use:_type_ssl_in_use=_dflt_ssl_in_use,nonblocking:_type_nonblocking=_dflt_nonblocking,notice_handler:_type_notice_handler=_dflt_notice_handler,notify_handler:_type_notify_handler=_dflt_notify_handler)->_return_type:\n  self.info=_dflt_info() if info is _HAS_DEFAULT_FACTORY else info\n  self.db=db\n  self.user=user\n  self.password=password\n  self.host=host\n  self.hostaddr=hostaddr\n  self.port=port\n  self.tty=tty\n  self.options=options\n  self.status=status\n  self.transaction_status=transaction_status\n  self.pipeline_status=pipeline_status\n  self.error_message=error_message\n  self._encoding=_encoding\n  self.protocol_version=protocol_version\n  self.full_protocol_version=full_protocol_version\n  self.server_version=server_version\n  self.backend_pid=backend_pid\n  self.needs_password=needs_password\n  self.used_password=used_password\n  self.used_gssapi=used_gssapi\n  self.ssl_in_use=ssl_in_use\n  self.nonblocking=nonblocking\n  self.notice_handler=notice_handler\n  self.notify_handler=notify_handler\n return __init__': _378,
    "def __create_fn__(_type_info, _type_text, _type_problems, _type_raw, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_raw, _return_type):\n def __init__(self,info:_type_info,text:_type_text,problems:_type_problems=_dflt_problems,raw:_type_raw=_dflt_raw)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'info',info)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'problems',problems)\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n return __init__": _379,
    "def __create_fn__(_type_ink, _type_baseline, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,ink:_type_ink,baseline:_type_baseline)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ink',ink)\n  __dataclass_builtins_object__.__setattr__(self,'baseline',baseline)\n return __init__": _380,
    "def __create_fn__(_type_key, _type_heading, _type_match, _type_start_line, _type_end_line, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_start, _dflt_end, _return_type):\n def __init__(self,key:_type_key,heading:_type_heading,match:_type_match,start_line:_type_start_line,end_line:_type_end_line,start:_type_start=_dflt_start,end:_type_end=_dflt_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'heading',heading)\n  __dataclass_builtins_object__.__setattr__(self,'match',match)\n  __dataclass_builtins_object__.__setattr__(self,'start_line',start_line)\n  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__": _381,
    "def __create_fn__(_type_key, _type_label, _type_aliases, _type_group, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_group, _dflt_kind, _return_type):\n def __init__(self,key:_type_key,label:_type_label,aliases:_type_aliases=_dflt_aliases,group:_type_group=_dflt_group,kind:_type_kind=_dflt_kind)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n return __init__": _382,
    "def __create_fn__(_type_key, _type_label, _type_aliases, _type_ordinal, _type_group, _type_block, _type_columns, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_ordinal, _dflt_group, _dflt_block, _dflt_columns, _return_type):\n def __init__(self,key:_type_key,label:_type_label,aliases:_type_aliases=_dflt_aliases,ordinal:_type_ordinal=_dflt_ordinal,group:_type_group=_dflt_group,block:_type_block=_dflt_block,columns:_type_columns=_dflt_columns)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'block',block)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n return __init__": _383,
    "def __create_fn__(_type_key, _type_label, _type_ordinal, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ordinal, _return_type):\n def __init__(self,key:_type_key,label:_type_label,ordinal:_type_ordinal=_dflt_ordinal)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n return __init__": _384,
    "def __create_fn__(_type_key, _type_ordinal, _type_title, _type_variants, _type_keywords, _type_long_forms, _type_optional, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_variants, _dflt_keywords, _dflt_long_forms, _dflt_optional, _return_type):\n def __init__(self,key:_type_key,ordinal:_type_ordinal,title:_type_title,variants:_type_variants=_dflt_variants,keywords:_type_keywords=_dflt_keywords,long_forms:_type_long_forms=_dflt_long_forms,optional:_type_optional=_dflt_optional)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'variants',variants)\n  __dataclass_builtins_object__.__setattr__(self,'keywords',keywords)\n  __dataclass_builtins_object__.__setattr__(self,'long_forms',long_forms)\n  __dataclass_builtins_object__.__setattr__(self,'optional',optional)\n return __init__": _385,
    "def __create_fn__(_type_key, _type_pattern, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,pattern:_type_pattern,label:_type_label)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n return __init__": _386,
    "def __create_fn__(_type_key, _type_target, _type_ordinal, _type_matcher, _type_counts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_matcher, _dflt_counts, _return_type):\n def __init__(self,key:_type_key,target:_type_target,ordinal:_type_ordinal,matcher:_type_matcher=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'matcher',_dflt_matcher() if matcher is _HAS_DEFAULT_FACTORY else matcher)\n  __dataclass_builtins_object__.__setattr__(self,'counts',_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts)\n return __init__": _387,
    'def __create_fn__(_type_keyword, _type_envvar, _type_compiled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,keyword:_type_keyword,envvar:_type_envvar,compiled:_type_compiled)->_return_type:\n  self.keyword=keyword\n  self.envvar=envvar\n  self.compiled=compiled\n return __init__': _388,
    "def __create_fn__(_type_kind, _type_cells, _type_level, _type_bold, _type_table, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_level, _dflt_bold, _dflt_table, _return_type):\n def __init__(self,kind:_type_kind,cells:_type_cells,level:_type_level=_dflt_level,bold:_type_bold=_dflt_bold,table:_type_table=_dflt_table)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'bold',bold)\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n return __init__": _389,
    "def __create_fn__(_type_kind, _type_labels, _type_cells, _type_top, _type_bands, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,kind:_type_kind,labels:_type_labels,cells:_type_cells,top:_type_top,bands:_type_bands)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'labels',labels)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n return __init__": _390,
    "def __create_fn__(_type_kind, _type_name, _type_data, _type_url, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_data, _dflt_url, _dflt_lang, _return_type):\n def __init__(self,kind:_type_kind,name:_type_name,data:_type_data=_dflt_data,url:_type_url=_dflt_url,lang:_type_lang=_dflt_lang)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n return __init__": _391,
    "def __create_fn__(_type_label, _type_loc, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _return_type):\n def __init__(self,label:_type_label,loc:_type_loc,values:_type_values=_dflt_values)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n return __init__": _392,
    "def __create_fn__(_type_label, _type_x0, _type_x1, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):\n def __init__(self,label:_type_label,x0:_type_x0,x1:_type_x1,words:_type_words=_dflt_words)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n return __init__": _393,
    "def __create_fn__(_type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,line:_type_line,column:_type_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n return __init__": _394,
    "def __create_fn__(_type_line, _type_labels, _type_values, _type_cells, _type_index, _type_layout, _type_tail, _type_parts, _type_above, _type_full, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_index, _dflt_layout, _dflt_tail, _dflt_parts, _dflt_above, _dflt_full, _return_type):\n def __init__(self,line:_type_line,labels:_type_labels,values:_type_values,cells:_type_cells,index:_type_index=_dflt_index,layout:_type_layout=_dflt_layout,tail:_type_tail=_dflt_tail,parts:_type_parts=_dflt_parts,above:_type_above=_dflt_above,full:_type_full=_dflt_full)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'labels',labels)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'layout',layout)\n  __dataclass_builtins_object__.__setattr__(self,'tail',tail)\n  __dataclass_builtins_object__.__setattr__(self,'parts',parts)\n  __dataclass_builtins_object__.__setattr__(self,'above',above)\n  __dataclass_builtins_object__.__setattr__(self,'full',full)\n return __init__": _395,
    "def __create_fn__(_type_lines, _type_blocks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_blocks, _return_type):\n def __init__(self,lines:_type_lines=_dflt_lines,blocks:_type_blocks=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'blocks',_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks)\n return __init__": _396,
    'def __create_fn__(_type_lines, _type_info, _type_head, _type_line_count, _type_problems, _type_images, _type_original, _type_markers, _type__rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_images, _dflt_original, _dflt_markers, _dflt__rows, _return_type):\n def __init__(self,lines:_type_lines,info:_type_info,head:_type_head,line_count:_type_line_count,problems:_type_problems=_dflt_problems,images:_type_images=_dflt_images,original:_type_original=_dflt_original,markers:_type_markers=_dflt_markers,_rows:_type__rows=_dflt__rows)->_return_type:\n  self.lines=lines\n  self.info=info\n  self.head=head\n  self.line_count=line_count\n  self.problems=problems\n  self.images=images\n  self.original=original\n  self.markers=markers\n  self._rows=_rows\n return __init__': _397,
    'def __create_fn__(_type_lines, _type_pages, _type_problems, _type_ocr, _type_notes, _type_hint, _type_origins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_pages, _dflt_problems, _dflt_ocr, _dflt_notes, _dflt_hint, _dflt_origins, _return_type):\n def __init__(self,lines:_type_lines=_HAS_DEFAULT_FACTORY,pages:_type_pages=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,ocr:_type_ocr=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,hint:_type_hint=_dflt_hint,origins:_type_origins=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n  self.pages=_dflt_pages() if pages is _HAS_DEFAULT_FACTORY else pages\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n  self.ocr=_dflt_ocr() if ocr is _HAS_DEFAULT_FACTORY else ocr\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n  self.hint=hint\n  self.origins=_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins\n return __init__': _398,
    "def __create_fn__(_type_lines, _type_x0, _type_x1, _type_top, _type_bottom, _type_glyphs, _type_room, _type_words, _type_sharpness, _type_touches_border, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,lines:_type_lines,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,glyphs:_type_glyphs,room:_type_room,words:_type_words,sharpness:_type_sharpness,touches_border:_type_touches_border)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'glyphs',glyphs)\n  __dataclass_builtins_object__.__setattr__(self,'room',room)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n  __dataclass_builtins_object__.__setattr__(self,'sharpness',sharpness)\n  __dataclass_builtins_object__.__setattr__(self,'touches_border',touches_border)\n return __init__": _399,
    "def __create_fn__(_type_lo, _type_hi, _type_segments, _type_virtual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_virtual, _return_type):\n def __init__(self,lo:_type_lo,hi:_type_hi,segments:_type_segments,virtual:_type_virtual=_dflt_virtual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lo',lo)\n  __dataclass_builtins_object__.__setattr__(self,'hi',hi)\n  __dataclass_builtins_object__.__setattr__(self,'segments',segments)\n  __dataclass_builtins_object__.__setattr__(self,'virtual',virtual)\n return __init__": _400,
    "def __create_fn__(_type_loc, _type_args, _type_where, _type_evidence, _type_severity, _type_other, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _dflt_evidence, _dflt_severity, _dflt_other, _dflt_message, _return_type):\n def __init__(self,loc:_type_loc,args:_type_args,where:_type_where=_HAS_DEFAULT_FACTORY,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,severity:_type_severity=_dflt_severity,other:_type_other=_dflt_other,message:_type_message=_dflt_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'other',other)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__": _401,
    "def __create_fn__(_type_max_bytes, _type_jobs, _type_loopback, _type_fetch_timeout, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_bytes, _dflt_jobs, _dflt_loopback, _dflt_fetch_timeout, _return_type):\n def __init__(self,max_bytes:_type_max_bytes=_dflt_max_bytes,jobs:_type_jobs=_dflt_jobs,loopback:_type_loopback=_dflt_loopback,fetch_timeout:_type_fetch_timeout=_dflt_fetch_timeout)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)\n  __dataclass_builtins_object__.__setattr__(self,'loopback',loopback)\n  __dataclass_builtins_object__.__setattr__(self,'fetch_timeout',fetch_timeout)\n return __init__": _402,
    "def __create_fn__(_type_max_pixels, _type_max_side, _type_table_seconds, _type_page_seconds, _type_document_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_pixels, _dflt_max_side, _dflt_table_seconds, _dflt_page_seconds, _dflt_document_seconds, _return_type):\n def __init__(self,max_pixels:_type_max_pixels=_dflt_max_pixels,max_side:_type_max_side=_dflt_max_side,table_seconds:_type_table_seconds=_dflt_table_seconds,page_seconds:_type_page_seconds=_dflt_page_seconds,document_seconds:_type_document_seconds=_dflt_document_seconds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'max_pixels',max_pixels)\n  __dataclass_builtins_object__.__setattr__(self,'max_side',max_side)\n  __dataclass_builtins_object__.__setattr__(self,'table_seconds',table_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'page_seconds',page_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'document_seconds',document_seconds)\n return __init__": _403,
    "def __create_fn__(_type_name, _type_format, _type_title, _type_format_markers, _type_sections, _type_tables, _type_rules, _type_path, _type_report, _type_bodies, _type_diagnosis, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_report, _dflt_bodies, _dflt_diagnosis, _return_type):\n def __init__(self,name:_type_name,format:_type_format,title:_type_title,format_markers:_type_format_markers,sections:_type_sections,tables:_type_tables,rules:_type_rules,path:_type_path,report:_type_report=_dflt_report,bodies:_type_bodies=_dflt_bodies,diagnosis:_type_diagnosis=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'format',format)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'format_markers',format_markers)\n  __dataclass_builtins_object__.__setattr__(self,'sections',sections)\n  __dataclass_builtins_object__.__setattr__(self,'tables',tables)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'report',report)\n  __dataclass_builtins_object__.__setattr__(self,'bodies',bodies)\n  __dataclass_builtins_object__.__setattr__(self,'diagnosis',_dflt_diagnosis() if diagnosis is _HAS_DEFAULT_FACTORY else diagnosis)\n return __init__": _404,
    "def __create_fn__(_type_name, _type_is_var, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,is_var:_type_is_var)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'is_var',is_var)\n return __init__": _405,
    "def __create_fn__(_type_name, _type_kind, _type_encoding, _type_sha256, _type_url, _type_published, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_encoding, _dflt_sha256, _dflt_url, _dflt_published, _dflt_title, _return_type):\n def __init__(self,name:_type_name,kind:_type_kind,encoding:_type_encoding=_dflt_encoding,sha256:_type_sha256=_dflt_sha256,url:_type_url=_dflt_url,published:_type_published=_dflt_published,title:_type_title=_dflt_title)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n return __init__": _406,
    "def __create_fn__(_type_name, _type_level, _type_parent, _type_listing_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_parent, _dflt_listing_url, _return_type):\n def __init__(self,name:_type_name,level:_type_level,parent:_type_parent=_dflt_parent,listing_url:_type_listing_url=_dflt_listing_url)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'parent',parent)\n  __dataclass_builtins_object__.__setattr__(self,'listing_url',listing_url)\n return __init__": _407,
    "def __create_fn__(_type_name, _type_level, _type_parent, _type_year, _type_status, _type_url, _type_published, _type_deadline, _type_days_late, _type_reason, _type_listing_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_url, _dflt_published, _dflt_deadline, _dflt_days_late, _dflt_reason, _dflt_listing_url, _return_type):\n def __init__(self,name:_type_name,level:_type_level,parent:_type_parent,year:_type_year,status:_type_status,url:_type_url=_dflt_url,published:_type_published=_dflt_published,deadline:_type_deadline=_dflt_deadline,days_late:_type_days_late=_dflt_days_late,reason:_type_reason=_dflt_reason,listing_url:_type_listing_url=_dflt_listing_url)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'parent',parent)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'deadline',deadline)\n  __dataclass_builtins_object__.__setattr__(self,'days_late',days_late)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'listing_url',listing_url)\n return __init__": _408,
    "def __create_fn__(_type_name, _type_options, _type_args, _type_expression, _type_across, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_args, _dflt_expression, _dflt_across, _return_type):\n def __init__(self,name:_type_name,options:_type_options=_HAS_DEFAULT_FACTORY,args:_type_args=_dflt_args,expression:_type_expression=_dflt_expression,across:_type_across=_dflt_across)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'options',_dflt_options() if options is _HAS_DEFAULT_FACTORY else options)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'expression',expression)\n  __dataclass_builtins_object__.__setattr__(self,'across',across)\n return __init__": _409,
    "def __create_fn__(_type_name, _type_parse, _type_render, _type_read, _type_suffixes, _type_content_types, _type_magic, _type_magic_within, _type_binary, _type_in_folders, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_suffixes, _dflt_content_types, _dflt_magic, _dflt_magic_within, _dflt_binary, _dflt_in_folders, _return_type):\n def __init__(self,name:_type_name,parse:_type_parse,render:_type_render,read:_type_read=_dflt_read,suffixes:_type_suffixes=_dflt_suffixes,content_types:_type_content_types=_dflt_content_types,magic:_type_magic=_dflt_magic,magic_within:_type_magic_within=_dflt_magic_within,binary:_type_binary=_dflt_binary,in_folders:_type_in_folders=_dflt_in_folders)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'parse',parse)\n  __dataclass_builtins_object__.__setattr__(self,'render',render)\n  __dataclass_builtins_object__.__setattr__(self,'read',read)\n  __dataclass_builtins_object__.__setattr__(self,'suffixes',suffixes)\n  __dataclass_builtins_object__.__setattr__(self,'content_types',content_types)\n  __dataclass_builtins_object__.__setattr__(self,'magic',magic)\n  __dataclass_builtins_object__.__setattr__(self,'magic_within',magic_within)\n  __dataclass_builtins_object__.__setattr__(self,'binary',binary)\n  __dataclass_builtins_object__.__setattr__(self,'in_folders',in_folders)\n return __init__": _410,
    "def __create_fn__(_type_name, _type_result, _type_note, _type_reader, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_result, _dflt_note, _dflt_reader, _return_type):\n def __init__(self,name:_type_name,result:_type_result=_dflt_result,note:_type_note=_dflt_note,reader:_type_reader=_dflt_reader)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'result',result)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'reader',reader)\n return __init__": _411,
    "def __create_fn__(_type_name, _type_shapes, _type_advances, _type_em, _type_pad, _type_base, _type_top, _type_bottom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,shapes:_type_shapes,advances:_type_advances,em:_type_em,pad:_type_pad,base:_type_base,top:_type_top,bottom:_type_bottom)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'shapes',shapes)\n  __dataclass_builtins_object__.__setattr__(self,'advances',advances)\n  __dataclass_builtins_object__.__setattr__(self,'em',em)\n  __dataclass_builtins_object__.__setattr__(self,'pad',pad)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n return __init__": _412,
    "def __create_fn__(_type_no, _type_kind, _type_cells, _type_md_level, _type_exact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_md_level, _dflt_exact, _return_type):\n def __init__(self,no:_type_no,kind:_type_kind,cells:_type_cells,md_level:_type_md_level=_dflt_md_level,exact:_type_exact=_dflt_exact)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'no',no)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'md_level',md_level)\n  __dataclass_builtins_object__.__setattr__(self,'exact',exact)\n return __init__": _413,
    "def __create_fn__(_type_op, _type_left, _type_right, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,op:_type_op,left:_type_left,right:_type_right)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'right',right)\n return __init__": _414,
    "def __create_fn__(_type_pack, _type_lang, _type_color, _type_version, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _dflt_color, _dflt_version, _return_type):\n def __init__(self,pack:_type_pack,lang:_type_lang=_dflt_lang,color:_type_color=_dflt_color,version:_type_version=_dflt_version)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'pack',pack)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n return __init__": _415,
    'def __create_fn__(_type_per_host, _type_delay, _type_concurrency, _type_refetch, _type_respect_robots, _type_processes, _type_time_limit, _type_max_pages, _type_start_method, _type_fetch, _type_lint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_per_host, _dflt_delay, _dflt_concurrency, _dflt_refetch, _dflt_respect_robots, _dflt_processes, _dflt_time_limit, _dflt_max_pages, _dflt_start_method, _dflt_fetch, _dflt_lint, _return_type):\n def __init__(self,per_host:_type_per_host=_dflt_per_host,delay:_type_delay=_dflt_delay,concurrency:_type_concurrency=_dflt_concurrency,refetch:_type_refetch=_dflt_refetch,respect_robots:_type_respect_robots=_dflt_respect_robots,processes:_type_processes=_dflt_processes,time_limit:_type_time_limit=_dflt_time_limit,max_pages:_type_max_pages=_dflt_max_pages,start_method:_type_start_method=_dflt_start_method,fetch:_type_fetch=_HAS_DEFAULT_FACTORY,lint:_type_lint=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.per_host=per_host\n  self.delay=delay\n  self.concurrency=concurrency\n  self.refetch=refetch\n  self.respect_robots=respect_robots\n  self.processes=processes\n  self.time_limit=time_limit\n  self.max_pages=max_pages\n  self.start_method=start_method\n  self.fetch=_dflt_fetch() if fetch is _HAS_DEFAULT_FACTORY else fetch\n  self.lint=_dflt_lint() if lint is _HAS_DEFAULT_FACTORY else lint\n return __init__': _416,
    "def __create_fn__(_type_prose, _type_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,prose:_type_prose,spans:_type_spans)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'prose',prose)\n  __dataclass_builtins_object__.__setattr__(self,'spans',spans)\n return __init__": _417,
    "def __create_fn__(_type_queue, _type_documents, _type_reports, _type_errors, _type_warnings, _type_codes, _type_cross_codes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,queue:_type_queue,documents:_type_documents,reports:_type_reports,errors:_type_errors,warnings:_type_warnings,codes:_type_codes,cross_codes:_type_cross_codes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'queue',queue)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n  __dataclass_builtins_object__.__setattr__(self,'reports',reports)\n  __dataclass_builtins_object__.__setattr__(self,'errors',errors)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)\n  __dataclass_builtins_object__.__setattr__(self,'codes',codes)\n  __dataclass_builtins_object__.__setattr__(self,'cross_codes',cross_codes)\n return __init__": _418,
    "def __create_fn__(_type_raw, _type_kind, _type_value, _type_line, _type_column, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,raw:_type_raw,kind:_type_kind,value:_type_value,line:_type_line,column:_type_column,end_column:_type_end_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)\n return __init__": _419,
    "def __create_fn__(_type_raw, _type_kind, _type_value, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,raw:_type_raw,kind:_type_kind,value:_type_value,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _420,
    "def __create_fn__(_type_reports, _type_pages, _type_attachments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,reports:_type_reports,pages:_type_pages,attachments:_type_attachments)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'reports',reports)\n  __dataclass_builtins_object__.__setattr__(self,'pages',pages)\n  __dataclass_builtins_object__.__setattr__(self,'attachments',attachments)\n return __init__": _421,
    'def __create_fn__(_type_result, _type_name, _type_data, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_data, _dflt_kind, _return_type):\n def __init__(self,result:_type_result,name:_type_name,data:_type_data=_dflt_data,kind:_type_kind=_dflt_kind)->_return_type:\n  self.result=result\n  self.name=name\n  self.data=data\n  self.kind=kind\n return __init__': _422,
    "def __create_fn__(_type_row, _type_col, _type_rowspan, _type_colspan, _type_x0, _type_x1, _type_top, _type_bottom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,row:_type_row,col:_type_col,rowspan:_type_rowspan,colspan:_type_colspan,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'rowspan',rowspan)\n  __dataclass_builtins_object__.__setattr__(self,'colspan',colspan)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n return __init__": _423,
    "def __create_fn__(_type_row, _type_col, _type_rowspan, _type_colspan, _type_x0, _type_x1, _type_top, _type_bottom, _type_kind, _type_text, _type_confidence, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_confidence, _dflt_note, _return_type):\n def __init__(self,row:_type_row,col:_type_col,rowspan:_type_rowspan,colspan:_type_colspan,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,kind:_type_kind,text:_type_text=_dflt_text,confidence:_type_confidence=_dflt_confidence,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'rowspan',rowspan)\n  __dataclass_builtins_object__.__setattr__(self,'colspan',colspan)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__": _424,
    "def __create_fn__(_type_rule, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,rule:_type_rule,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__": _425,
    "def __create_fn__(_type_ruled, _type_columns, _type_rows, _type_cells, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _return_type):\n def __init__(self,ruled:_type_ruled,columns:_type_columns,rows:_type_rows,cells:_type_cells,notes:_type_notes=_dflt_notes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ruled',ruled)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n return __init__": _426,
    "def __create_fn__(_type_says, _type_kind, _type_documents, _type_parents, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_documents, _dflt_parents, _return_type):\n def __init__(self,says:_type_says,kind:_type_kind=_dflt_kind,documents:_type_documents=_dflt_documents,parents:_type_parents=_dflt_parents)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'says',says)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n  __dataclass_builtins_object__.__setattr__(self,'parents',parents)\n return __init__": _427,
    "def __create_fn__(_type_select, _type_ignore, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_select, _dflt_ignore, _return_type):\n def __init__(self,select:_type_select=_dflt_select,ignore:_type_ignore=_dflt_ignore)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'select',select)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n return __init__": _428,
    "def __create_fn__(_type_select, _type_ignore, _type_extend_select, _type_per_file_ignores, _type_severity, _type_fail_level, _type_lang, _type_rules, _type_exclude, _type_file, _type_origins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_select, _dflt_ignore, _dflt_extend_select, _dflt_per_file_ignores, _dflt_severity, _dflt_fail_level, _dflt_lang, _dflt_rules, _dflt_exclude, _dflt_file, _dflt_origins, _return_type):\n def __init__(self,select:_type_select=_dflt_select,ignore:_type_ignore=_dflt_ignore,extend_select:_type_extend_select=_dflt_extend_select,per_file_ignores:_type_per_file_ignores=_dflt_per_file_ignores,severity:_type_severity=_dflt_severity,fail_level:_type_fail_level=_dflt_fail_level,lang:_type_lang=_dflt_lang,rules:_type_rules=_dflt_rules,exclude:_type_exclude=_dflt_exclude,file:_type_file=_dflt_file,origins:_type_origins=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'select',select)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n  __dataclass_builtins_object__.__setattr__(self,'extend_select',extend_select)\n  __dataclass_builtins_object__.__setattr__(self,'per_file_ignores',per_file_ignores)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'fail_level',fail_level)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'exclude',exclude)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'origins',_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins)\n return __init__": _429,
    "def __create_fn__(_type_selection, _type_max_bytes, _type_published, _type_fetch, _type_packs, _type_severity, _type_debug, _type_ocr, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_selection, _dflt_max_bytes, _dflt_published, _dflt_fetch, _dflt_packs, _dflt_severity, _dflt_debug, _dflt_ocr, _return_type):\n def __init__(self,selection:_type_selection=_HAS_DEFAULT_FACTORY,max_bytes:_type_max_bytes=_dflt_max_bytes,published:_type_published=_dflt_published,fetch:_type_fetch=_dflt_fetch,packs:_type_packs=_dflt_packs,severity:_type_severity=_dflt_severity,debug:_type_debug=_dflt_debug,ocr:_type_ocr=_dflt_ocr)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'selection',_dflt_selection() if selection is _HAS_DEFAULT_FACTORY else selection)\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'fetch',fetch)\n  __dataclass_builtins_object__.__setattr__(self,'packs',packs)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'debug',debug)\n  __dataclass_builtins_object__.__setattr__(self,'ocr',ocr)\n return __init__": _430,
    "def __create_fn__(_type_source, _type_document, _type_findings, _type_notes, _type_pack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_pack, _return_type):\n def __init__(self,source:_type_source,document:_type_document,findings:_type_findings,notes:_type_notes=_dflt_notes,pack:_type_pack=_dflt_pack)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'document',document)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'pack',pack)\n return __init__": _431,
    "def __create_fn__(_type_source, _type_headings, _type_sections, _type_paragraphs, _type_tables, _type_format, _type_year, _type_agency, _type_problems, _type_line_count, _type_images, _type_line_pages, _type_markers, _type_shape, _type_original, _type_line_origins, _type_notes, _type_ocr, _type_ocr_missing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_line_count, _dflt_images, _dflt_line_pages, _dflt_markers, _dflt_shape, _dflt_original, _dflt_line_origins, _dflt_notes, _dflt_ocr, _dflt_ocr_missing, _return_type):\n def __init__(self,source:_type_source,headings:_type_headings,sections:_type_sections,paragraphs:_type_paragraphs,tables:_type_tables,format:_type_format,year:_type_year,agency:_type_agency,problems:_type_problems=_dflt_problems,line_count:_type_line_count=_dflt_line_count,images:_type_images=_dflt_images,line_pages:_type_line_pages=_dflt_line_pages,markers:_type_markers=_HAS_DEFAULT_FACTORY,shape:_type_shape=_HAS_DEFAULT_FACTORY,original:_type_original=_dflt_original,line_origins:_type_line_origins=_dflt_line_origins,notes:_type_notes=_dflt_notes,ocr:_type_ocr=_HAS_DEFAULT_FACTORY,ocr_missing:_type_ocr_missing=_dflt_ocr_missing)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'headings',headings)\n  __dataclass_builtins_object__.__setattr__(self,'sections',sections)\n  __dataclass_builtins_object__.__setattr__(self,'paragraphs',paragraphs)\n  __dataclass_builtins_object__.__setattr__(self,'tables',tables)\n  __dataclass_builtins_object__.__setattr__(self,'format',format)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'agency',agency)\n  __dataclass_builtins_object__.__setattr__(self,'problems',problems)\n  __dataclass_builtins_object__.__setattr__(self,'line_count',line_count)\n  __dataclass_builtins_object__.__setattr__(self,'images',images)\n  __dataclass_builtins_object__.__setattr__(self,'line_pages',line_pages)\n  __dataclass_builtins_object__.__setattr__(self,'markers',_dflt_markers() if markers is _HAS_DEFAULT_FACTORY else markers)\n  __dataclass_builtins_object__.__setattr__(self,'shape',_dflt_shape() if shape is _HAS_DEFAULT_FACTORY else shape)\n  __dataclass_builtins_object__.__setattr__(self,'original',original)\n  __dataclass_builtins_object__.__setattr__(self,'line_origins',line_origins)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'ocr',_dflt_ocr() if ocr is _HAS_DEFAULT_FACTORY else ocr)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_missing',ocr_missing)\n return __init__": _432,
    "def __create_fn__(_type_source, _type_line, _type_column, _type_end_line, _type_end_column, _type_page, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_page, _return_type):\n def __init__(self,source:_type_source,line:_type_line,column:_type_column,end_line:_type_end_line,end_column:_type_end_column,page:_type_page=_dflt_page)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)\n  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n return __init__": _433,
    "def __create_fn__(_type_source, _type_width, _type_height, _type_lines, _type_tables, _type_complete, _type_notes, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tables, _dflt_complete, _dflt_notes, _dflt_seconds, _return_type):\n def __init__(self,source:_type_source,width:_type_width,height:_type_height,lines:_type_lines,tables:_type_tables=_dflt_tables,complete:_type_complete=_dflt_complete,notes:_type_notes=_dflt_notes,seconds:_type_seconds=_dflt_seconds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'tables',tables)\n  __dataclass_builtins_object__.__setattr__(self,'complete',complete)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n return __init__": _434,
    "def __create_fn__(_type_source, _type_width, _type_height, _type_ruled, _type_columns, _type_rows, _type_cells, _type_engine, _type_complete, _type_notes, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_complete, _dflt_notes, _dflt_seconds, _return_type):\n def __init__(self,source:_type_source,width:_type_width,height:_type_height,ruled:_type_ruled,columns:_type_columns,rows:_type_rows,cells:_type_cells,engine:_type_engine,complete:_type_complete=_dflt_complete,notes:_type_notes=_dflt_notes,seconds:_type_seconds=_dflt_seconds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'ruled',ruled)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'engine',engine)\n  __dataclass_builtins_object__.__setattr__(self,'complete',complete)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n return __init__": _435,
    "def __create_fn__(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__": _436,
    "def __create_fn__(_type_status, _type_errors, _type_warnings, _type_infos, _type_top, _type_page, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_errors, _dflt_warnings, _dflt_infos, _dflt_top, _dflt_page, _dflt_figures, _return_type):\n def __init__(self,status:_type_status,errors:_type_errors=_dflt_errors,warnings:_type_warnings=_dflt_warnings,infos:_type_infos=_dflt_infos,top:_type_top=_dflt_top,page:_type_page=_dflt_page,figures:_type_figures=_dflt_figures)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'errors',errors)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)\n  __dataclass_builtins_object__.__setattr__(self,'infos',infos)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n  __dataclass_builtins_object__.__setattr__(self,'figures',figures)\n return __init__": _437,
    "def __create_fn__(_type_table, _type_row, _type_col, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):\n def __init__(self,table:_type_table,row:_type_row,col:_type_col,qual:_type_qual=_dflt_qual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'qual',qual)\n return __init__": _438,
    "def __create_fn__(_type_table, _type_row, _type_col, _type_value, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):\n def __init__(self,table:_type_table,row:_type_row,col:_type_col,value:_type_value,qual:_type_qual=_dflt_qual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'qual',qual)\n return __init__": _439,
    "def __create_fn__(_type_table, _type_row, _type_column, _type_section, _type_paragraph, _type_quote, _type_heading, _type_page, _type_docx, _type_image, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_table, _dflt_row, _dflt_column, _dflt_section, _dflt_paragraph, _dflt_quote, _dflt_heading, _dflt_page, _dflt_docx, _dflt_image, _return_type):\n def __init__(self,table:_type_table=_dflt_table,row:_type_row=_dflt_row,column:_type_column=_dflt_column,section:_type_section=_dflt_section,paragraph:_type_paragraph=_dflt_paragraph,quote:_type_quote=_dflt_quote,heading:_type_heading=_dflt_heading,page:_type_page=_dflt_page,docx:_type_docx=_dflt_docx,image:_type_image=_dflt_image)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'section',section)\n  __dataclass_builtins_object__.__setattr__(self,'paragraph',paragraph)\n  __dataclass_builtins_object__.__setattr__(self,'quote',quote)\n  __dataclass_builtins_object__.__setattr__(self,'heading',heading)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n  __dataclass_builtins_object__.__setattr__(self,'docx',docx)\n  __dataclass_builtins_object__.__setattr__(self,'image',image)\n return __init__": _440,
    "def __create_fn__(_type_table, _type_rows, _type_cols, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):\n def __init__(self,table:_type_table,rows:_type_rows,cols:_type_cols,qual:_type_qual=_dflt_qual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'cols',cols)\n  __dataclass_builtins_object__.__setattr__(self,'qual',qual)\n return __init__": _441,
    "def __create_fn__(_type_text, _type_confidence, _type_look, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_look, _return_type):\n def __init__(self,text:_type_text,confidence:_type_confidence,look:_type_look=_dflt_look)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'look',look)\n return __init__": _442,
    "def __create_fn__(_type_text, _type_encoding, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _return_type):\n def __init__(self,text:_type_text,encoding:_type_encoding,reason:_type_reason=_dflt_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__": _443,
    "def __create_fn__(_type_text, _type_fit, _type_margin, _type_rival, _type_sign, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sign, _return_type):\n def __init__(self,text:_type_text,fit:_type_fit,margin:_type_margin,rival:_type_rival,sign:_type_sign=_dflt_sign)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'fit',fit)\n  __dataclass_builtins_object__.__setattr__(self,'margin',margin)\n  __dataclass_builtins_object__.__setattr__(self,'rival',rival)\n  __dataclass_builtins_object__.__setattr__(self,'sign',sign)\n return __init__": _444,
    "def __create_fn__(_type_text, _type_left, _type_op, _type_right, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,left:_type_left,op:_type_op,right:_type_right)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'right',right)\n return __init__": _445,
    "def __create_fn__(_type_text, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _446,
    "def __create_fn__(_type_text, _type_ordinal, _type_bold, _type_line, _type_column, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,ordinal:_type_ordinal,bold:_type_bold,line:_type_line,column:_type_column,end_column:_type_end_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'bold',bold)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)\n return __init__": _447,
    "def __create_fn__(_type_text, _type_ordinal, _type_system, _type_number, _type_level, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,ordinal:_type_ordinal,system:_type_system,number:_type_number,level:_type_level,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'system',system)\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _448,
    "def __create_fn__(_type_text, _type_spot, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,spot:_type_spot)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'spot',spot)\n return __init__": _449,
    "def __create_fn__(_type_text, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,start:_type_start,end:_type_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  self.__post_init__()\n return __init__": _450,
    "def __create_fn__(_type_text, _type_starts, _type_locs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,starts:_type_starts,locs:_type_locs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'starts',starts)\n  __dataclass_builtins_object__.__setattr__(self,'locs',locs)\n return __init__": _451,
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,confidence:_type_confidence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n return __init__": _452,
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_confidence, _type_row, _type_col, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_row, _dflt_col, _dflt_kind, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,confidence:_type_confidence,row:_type_row=_dflt_row,col:_type_col=_dflt_col,kind:_type_kind=_dflt_kind)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n return __init__": _453,
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_loc, _type_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_loc, _dflt_confidence, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,loc:_type_loc=_dflt_loc,confidence:_type_confidence=_dflt_confidence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n return __init__": _454,
    'def __create_fn__(_type_texts, _type_first, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_texts, _dflt_first, _return_type):\n def __init__(self,texts:_type_texts=_HAS_DEFAULT_FACTORY,first:_type_first=_dflt_first)->_return_type:\n  self.texts=_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts\n  self.first=first\n return __init__': _455,
    'def __create_fn__(_type_top, _type_bottom, _type_left, _type_right, _type_parts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,top:_type_top,bottom:_type_bottom,left:_type_left,right:_type_right,parts:_type_parts)->_return_type:\n  self.top=top\n  self.bottom=bottom\n  self.left=left\n  self.right=right\n  self.parts=parts\n return __init__': _456,
    'def __create_fn__(_type_tpl, _type_source, _type_cells, _type_row_lines, _type_extra, _type_shape, _type_glued, _type_glued_rows, _type_unread, _type_unplaced, _type_notes, _type_first, _type_taken, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cells, _dflt_row_lines, _dflt_extra, _dflt_shape, _dflt_glued, _dflt_glued_rows, _dflt_unread, _dflt_unplaced, _dflt_notes, _dflt_first, _dflt_taken, _return_type):\n def __init__(self,tpl:_type_tpl,source:_type_source,cells:_type_cells=_HAS_DEFAULT_FACTORY,row_lines:_type_row_lines=_HAS_DEFAULT_FACTORY,extra:_type_extra=_HAS_DEFAULT_FACTORY,shape:_type_shape=_HAS_DEFAULT_FACTORY,glued:_type_glued=_HAS_DEFAULT_FACTORY,glued_rows:_type_glued_rows=_HAS_DEFAULT_FACTORY,unread:_type_unread=_HAS_DEFAULT_FACTORY,unplaced:_type_unplaced=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,first:_type_first=_dflt_first,taken:_type_taken=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.tpl=tpl\n  self.source=source\n  self.cells=_dflt_cells() if cells is _HAS_DEFAULT_FACTORY else cells\n  self.row_lines=_dflt_row_lines() if row_lines is _HAS_DEFAULT_FACTORY else row_lines\n  self.extra=_dflt_extra() if extra is _HAS_DEFAULT_FACTORY else extra\n  self.shape=_dflt_shape() if shape is _HAS_DEFAULT_FACTORY else shape\n  self.glued=_dflt_glued() if glued is _HAS_DEFAULT_FACTORY else glued\n  self.glued_rows=_dflt_glued_rows() if glued_rows is _HAS_DEFAULT_FACTORY else glued_rows\n  self.unread=_dflt_unread() if unread is _HAS_DEFAULT_FACTORY else unread\n  self.unplaced=_dflt_unplaced() if unplaced is _HAS_DEFAULT_FACTORY else unplaced\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n  self.first=first\n  self.taken=_dflt_taken() if taken is _HAS_DEFAULT_FACTORY else taken\n return __init__': _457,
    "def __create_fn__(_type_type, _type_required, _type_default, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_default, _dflt_doc, _return_type):\n def __init__(self,type:_type_type,required:_type_required=_dflt_required,default:_type_default=_dflt_default,doc:_type_doc=_dflt_doc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n return __init__": _458,
    "def __create_fn__(_type_type, _type_title, _type_body_markers, _type_listing_link, _type_formats, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body_markers, _dflt_listing_link, _dflt_formats, _return_type):\n def __init__(self,type:_type_type,title:_type_title,body_markers:_type_body_markers=_dflt_body_markers,listing_link:_type_listing_link=_dflt_listing_link,formats:_type_formats=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'body_markers',body_markers)\n  __dataclass_builtins_object__.__setattr__(self,'listing_link',listing_link)\n  __dataclass_builtins_object__.__setattr__(self,'formats',_dflt_formats() if formats is _HAS_DEFAULT_FACTORY else formats)\n return __init__": _459,
    "def __create_fn__(_type_url, _type_discovered_from, _type_agency, _type_year, _type_published, _type_is_report, _type_http_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_http_status, _return_type):\n def __init__(self,url:_type_url,discovered_from:_type_discovered_from,agency:_type_agency,year:_type_year,published:_type_published,is_report:_type_is_report,http_status:_type_http_status=_dflt_http_status)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'discovered_from',discovered_from)\n  __dataclass_builtins_object__.__setattr__(self,'agency',agency)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'is_report',is_report)\n  __dataclass_builtins_object__.__setattr__(self,'http_status',http_status)\n return __init__": _460,
    "def __create_fn__(_type_url, _type_kind, _type_discovered_from, _type_state, _type_note, _type_note_zh, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_note_zh, _return_type):\n def __init__(self,url:_type_url,kind:_type_kind,discovered_from:_type_discovered_from,state:_type_state,note:_type_note=_dflt_note,note_zh:_type_note_zh=_dflt_note_zh)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'discovered_from',discovered_from)\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'note_zh',note_zh)\n return __init__": _461,
    "def __create_fn__(_type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,value:_type_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n return __init__": _462,
    'def __create_fn__(_type_value, _type_expression, _type_conversion, _type_format_spec, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,value:_type_value,expression:_type_expression,conversion:_type_conversion,format_spec:_type_format_spec)->_return_type:\n  self.value=value\n  self.expression=expression\n  self.conversion=conversion\n  self.format_spec=format_spec\n return __init__': _463,
    'def __create_fn__(_type_widest, _type_bare, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_widest, _dflt_bare, _return_type):\n def __init__(self,widest:_type_widest=_HAS_DEFAULT_FACTORY,bare:_type_bare=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.widest=_dflt_widest() if widest is _HAS_DEFAULT_FACTORY else widest\n  self.bare=_dflt_bare() if bare is _HAS_DEFAULT_FACTORY else bare\n return __init__': _464,
    'def __create_fn__(_type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):\n def __init__(self,words:_type_words=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words\n return __init__': _465,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'as_of\',\'years\',\'rows\',\'findings\',\'unattributed\',\'queue\',\'documents\',\'reports\',\'roster\',\'pages\',\'lang\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _466,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'body\',\'year\',\'url\',\'code\',\'rule\',\'severity\',\'message\',\'place\',\'across\',\'other_url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _467,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'by_kind\',\'pack\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _468,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'cells\',\'tokens\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _469,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'cells\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _470,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'args\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _471,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'name\',\'kind\',\'severity\',\'summary\',\'message\',\'rationale\',\'for_\',\'expr\',\'options\',\'examples\',\'cases\',\'against\',\'applies\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _472,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'name\',\'severity\',\'args\',\'loc\',\'where\',\'evidence\',\'template\',\'fixes\',\'related\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _473,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'residual\',\'coef\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _474,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'connect_timeout\',\'read_timeout\',\'deadline\',\'retries\',\'backoff\',\'max_redirects\',\'max_bytes\',\'verify_tls\',\'cache_dir\',\'allow_private\',\'images\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _475,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'corpus\',\'doc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _476,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'count\',\'span\',\'percent\',\'percent_span\',\'sentence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _477,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'data\',\'member\',\'texts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _478,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'drawn\',\'pitch\',\'steps\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _479,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'enabled\',\'engine\',\'table_seconds\',\'document_seconds\',\'progress\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _480,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'expr\',\'env\',\'rows\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _481,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'expr\',\'for_\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _482,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'face\',\'quality\',\'readings\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _483,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'font\',\'size\',\'bank\',\'energy\',\'box\',\'ox\',\'oy\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _484,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'format_id\',\'gtrid\',\'bqual\',\'prepared\',\'owner\',\'database\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _485,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'g\',\'digit\',\'which\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _486,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'gray\',\'ink\',\'rules\',\'grid\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _487,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'holds\',\'left\',\'right\',\'left_terms\',\'right_terms\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _488,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'horizontal\',\'vertical\',\'mask\',\'em\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _489,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'host\',\'items\',\'options\',\'scopes\',\'robots\',\'not_before\',\'known_docs\',\'store\',\'wait\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _490,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'host\',\'port\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _491,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'loc\',\'cells\',\'rows\',\'columns\',\'extra_rows\',\'row_locs\',\'unread_rows\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _492,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'section\',\'layout\',\'columns\',\'rows\',\'groups\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _493,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'image\',\'row\',\'col\',\'confidence\',\'read\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _494,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'info\',\'text\',\'problems\',\'raw\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _495,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ink\',\'baseline\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _496,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'heading\',\'match\',\'start_line\',\'end_line\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _497,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'group\',\'kind\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _498,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'ordinal\',\'group\',\'block\',\'columns\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _499,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'label\',\'ordinal\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _500,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'ordinal\',\'title\',\'variants\',\'keywords\',\'long_forms\',\'optional\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _501,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'pattern\',\'label\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _502,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'target\',\'ordinal\',\'matcher\',\'counts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _503,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'cells\',\'level\',\'bold\',\'table\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _504,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'labels\',\'cells\',\'top\',\'bands\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _505,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'name\',\'data\',\'url\',\'lang\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _506,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'label\',\'loc\',\'values\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _507,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'label\',\'x0\',\'x1\',\'words\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _508,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'line\',\'column\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _509,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'line\',\'labels\',\'values\',\'cells\',\'index\',\'layout\',\'tail\',\'parts\',\'above\',\'full\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _510,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lines\',\'blocks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _511,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lines\',\'x0\',\'x1\',\'top\',\'bottom\',\'glyphs\',\'room\',\'words\',\'sharpness\',\'touches_border\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _512,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lo\',\'hi\',\'segments\',\'virtual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _513,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'loc\',\'args\',\'where\',\'evidence\',\'severity\',\'other\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _514,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'max_bytes\',\'jobs\',\'loopback\',\'fetch_timeout\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _515,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'max_pixels\',\'max_side\',\'table_seconds\',\'page_seconds\',\'document_seconds\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _516,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'format\',\'title\',\'format_markers\',\'sections\',\'tables\',\'rules\',\'path\',\'report\',\'bodies\',\'diagnosis\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _517,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'is_var\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _518,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'kind\',\'encoding\',\'sha256\',\'url\',\'published\',\'title\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _519,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _520,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'year\',\'status\',\'url\',\'published\',\'deadline\',\'days_late\',\'reason\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _521,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'options\',\'args\',\'expression\',\'across\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _522,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'parse\',\'render\',\'read\',\'suffixes\',\'content_types\',\'magic\',\'magic_within\',\'binary\',\'in_folders\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _523,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'result\',\'note\',\'reader\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _524,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'shapes\',\'advances\',\'em\',\'pad\',\'base\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _525,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'no\',\'kind\',\'cells\',\'md_level\',\'exact\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _526,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'op\',\'left\',\'right\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _527,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'pack\',\'lang\',\'color\',\'version\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _528,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'prose\',\'spans\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _529,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'queue\',\'documents\',\'reports\',\'errors\',\'warnings\',\'codes\',\'cross_codes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _530,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _531,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _532,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'reports\',\'pages\',\'attachments\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _533,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',\'kind\',\'text\',\'confidence\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _534,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _535,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rule\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _536,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ruled\',\'columns\',\'rows\',\'cells\',\'notes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _537,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'says\',\'kind\',\'documents\',\'parents\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _538,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'select\',\'ignore\',\'extend_select\',\'per_file_ignores\',\'severity\',\'fail_level\',\'lang\',\'rules\',\'exclude\',\'file\',\'origins\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _539,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'select\',\'ignore\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _540,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'selection\',\'max_bytes\',\'published\',\'fetch\',\'packs\',\'severity\',\'debug\',\'ocr\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _541,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'document\',\'findings\',\'notes\',\'pack\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _542,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'headings\',\'sections\',\'paragraphs\',\'tables\',\'format\',\'year\',\'agency\',\'problems\',\'line_count\',\'images\',\'line_pages\',\'markers\',\'shape\',\'original\',\'line_origins\',\'notes\',\'ocr\',\'ocr_missing\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _543,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'line\',\'column\',\'end_line\',\'end_column\',\'page\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _544,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'lines\',\'tables\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _545,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'ruled\',\'columns\',\'rows\',\'cells\',\'engine\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _546,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _547,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'errors\',\'warnings\',\'infos\',\'top\',\'page\',\'figures\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _548,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'qual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _549,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'value\',\'qual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _550,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'row\',\'column\',\'section\',\'paragraph\',\'quote\',\'heading\',\'page\',\'docx\',\'image\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _551,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'rows\',\'cols\',\'qual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _552,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'confidence\',\'look\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _553,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'encoding\',\'reason\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _554,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'fit\',\'margin\',\'rival\',\'sign\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _555,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'left\',\'op\',\'right\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _556,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _557,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'bold\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _558,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'system\',\'number\',\'level\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _559,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'spot\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _560,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _561,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'starts\',\'locs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _562,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',\'row\',\'col\',\'kind\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _563,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _564,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'loc\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _565,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'type\',\'required\',\'default\',\'doc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _566,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'type\',\'title\',\'body_markers\',\'listing_link\',\'formats\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _567,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'url\',\'discovered_from\',\'agency\',\'year\',\'published\',\'is_report\',\'http_status\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _568,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'url\',\'kind\',\'discovered_from\',\'state\',\'note\',\'note_zh\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _569,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _570,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'as_of\',\'years\',\'rows\',\'findings\',\'unattributed\',\'queue\',\'documents\',\'reports\',\'roster\',\'pages\',\'lang\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _571,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'body\',\'year\',\'url\',\'code\',\'rule\',\'severity\',\'message\',\'place\',\'across\',\'other_url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _572,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'by_kind\',\'pack\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _573,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'cells\',\'tokens\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _574,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'cells\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _575,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'args\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _576,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'name\',\'kind\',\'severity\',\'summary\',\'message\',\'rationale\',\'for_\',\'expr\',\'options\',\'examples\',\'cases\',\'against\',\'applies\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _577,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'name\',\'severity\',\'args\',\'loc\',\'where\',\'evidence\',\'template\',\'fixes\',\'related\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _578,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'residual\',\'coef\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _579,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'connect_timeout\',\'read_timeout\',\'deadline\',\'retries\',\'backoff\',\'max_redirects\',\'max_bytes\',\'verify_tls\',\'cache_dir\',\'allow_private\',\'images\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _580,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'corpus\',\'doc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _581,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'count\',\'span\',\'percent\',\'percent_span\',\'sentence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _582,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'data\',\'member\',\'texts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _583,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'drawn\',\'pitch\',\'steps\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _584,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'enabled\',\'engine\',\'table_seconds\',\'document_seconds\',\'progress\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _585,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'expr\',\'env\',\'rows\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _586,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'expr\',\'for_\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _587,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'face\',\'quality\',\'readings\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _588,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'font\',\'size\',\'bank\',\'energy\',\'box\',\'ox\',\'oy\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _589,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'format_id\',\'gtrid\',\'bqual\',\'prepared\',\'owner\',\'database\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _590,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'g\',\'digit\',\'which\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _591,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'gray\',\'ink\',\'rules\',\'grid\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _592,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'holds\',\'left\',\'right\',\'left_terms\',\'right_terms\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _593,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'horizontal\',\'vertical\',\'mask\',\'em\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _594,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'host\',\'items\',\'options\',\'scopes\',\'robots\',\'not_before\',\'known_docs\',\'store\',\'wait\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _595,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'host\',\'port\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _596,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'loc\',\'cells\',\'rows\',\'columns\',\'extra_rows\',\'row_locs\',\'unread_rows\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _597,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'section\',\'layout\',\'columns\',\'rows\',\'groups\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _598,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'image\',\'row\',\'col\',\'confidence\',\'read\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _599,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'info\',\'text\',\'problems\',\'raw\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _600,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ink\',\'baseline\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _601,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'heading\',\'match\',\'start_line\',\'end_line\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _602,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'group\',\'kind\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _603,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'ordinal\',\'group\',\'block\',\'columns\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _604,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'label\',\'ordinal\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _605,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'ordinal\',\'title\',\'variants\',\'keywords\',\'long_forms\',\'optional\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _606,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'pattern\',\'label\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _607,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'target\',\'ordinal\',\'matcher\',\'counts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _608,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'cells\',\'level\',\'bold\',\'table\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _609,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'labels\',\'cells\',\'top\',\'bands\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _610,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'name\',\'data\',\'url\',\'lang\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _611,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'label\',\'loc\',\'values\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _612,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'label\',\'x0\',\'x1\',\'words\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _613,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'line\',\'column\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _614,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'line\',\'labels\',\'values\',\'cells\',\'index\',\'layout\',\'tail\',\'parts\',\'above\',\'full\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _615,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lines\',\'blocks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _616,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lines\',\'x0\',\'x1\',\'top\',\'bottom\',\'glyphs\',\'room\',\'words\',\'sharpness\',\'touches_border\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _617,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lo\',\'hi\',\'segments\',\'virtual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _618,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'loc\',\'args\',\'where\',\'evidence\',\'severity\',\'other\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _619,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'max_bytes\',\'jobs\',\'loopback\',\'fetch_timeout\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _620,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'max_pixels\',\'max_side\',\'table_seconds\',\'page_seconds\',\'document_seconds\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _621,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'format\',\'title\',\'format_markers\',\'sections\',\'tables\',\'rules\',\'path\',\'report\',\'bodies\',\'diagnosis\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _622,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'is_var\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _623,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'kind\',\'encoding\',\'sha256\',\'url\',\'published\',\'title\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _624,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _625,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'year\',\'status\',\'url\',\'published\',\'deadline\',\'days_late\',\'reason\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _626,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'options\',\'args\',\'expression\',\'across\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _627,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'parse\',\'render\',\'read\',\'suffixes\',\'content_types\',\'magic\',\'magic_within\',\'binary\',\'in_folders\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _628,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'result\',\'note\',\'reader\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _629,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'shapes\',\'advances\',\'em\',\'pad\',\'base\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _630,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'no\',\'kind\',\'cells\',\'md_level\',\'exact\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _631,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'op\',\'left\',\'right\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _632,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'pack\',\'lang\',\'color\',\'version\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _633,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'prose\',\'spans\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _634,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'queue\',\'documents\',\'reports\',\'errors\',\'warnings\',\'codes\',\'cross_codes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _635,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _636,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _637,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'reports\',\'pages\',\'attachments\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _638,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',\'kind\',\'text\',\'confidence\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _639,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _640,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rule\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _641,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ruled\',\'columns\',\'rows\',\'cells\',\'notes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _642,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'says\',\'kind\',\'documents\',\'parents\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _643,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'select\',\'ignore\',\'extend_select\',\'per_file_ignores\',\'severity\',\'fail_level\',\'lang\',\'rules\',\'exclude\',\'file\',\'origins\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _644,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'select\',\'ignore\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _645,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'selection\',\'max_bytes\',\'published\',\'fetch\',\'packs\',\'severity\',\'debug\',\'ocr\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _646,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'document\',\'findings\',\'notes\',\'pack\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _647,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'headings\',\'sections\',\'paragraphs\',\'tables\',\'format\',\'year\',\'agency\',\'problems\',\'line_count\',\'images\',\'line_pages\',\'markers\',\'shape\',\'original\',\'line_origins\',\'notes\',\'ocr\',\'ocr_missing\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _648,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'line\',\'column\',\'end_line\',\'end_column\',\'page\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _649,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'lines\',\'tables\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _650,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'ruled\',\'columns\',\'rows\',\'cells\',\'engine\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _651,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _652,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'errors\',\'warnings\',\'infos\',\'top\',\'page\',\'figures\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _653,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'qual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _654,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'value\',\'qual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _655,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'row\',\'column\',\'section\',\'paragraph\',\'quote\',\'heading\',\'page\',\'docx\',\'image\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _656,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'rows\',\'cols\',\'qual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _657,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'confidence\',\'look\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _658,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'encoding\',\'reason\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _659,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'fit\',\'margin\',\'rival\',\'sign\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _660,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'left\',\'op\',\'right\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _661,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _662,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'bold\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _663,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'system\',\'number\',\'level\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _664,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'spot\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _665,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _666,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'starts\',\'locs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _667,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',\'row\',\'col\',\'kind\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _668,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _669,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'loc\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _670,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'type\',\'required\',\'default\',\'doc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _671,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'type\',\'title\',\'body_markers\',\'listing_link\',\'formats\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _672,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'url\',\'discovered_from\',\'agency\',\'year\',\'published\',\'is_report\',\'http_status\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _673,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'url\',\'kind\',\'discovered_from\',\'state\',\'note\',\'note_zh\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _674,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _675,
}
