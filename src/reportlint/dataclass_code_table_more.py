# Generated from the package's dataclasses by `python -m reportlint.generate`: do not edit.
# ruff: noqa

# The methods of the classes a plain `check FILE` does not make (loaded on the first miss), compiled ahead of time (dataclass_code.py)
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


def _747d94dd87183ccc():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.zh,self.en,self.status,)==(other.code,other.zh,other.en,other.status,)
  return NotImplemented
 return __eq__


def _5742661a9ca24a81():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.content_disposition,self.field_name,self.data,self.file,self.item_headers,)==(other.content_disposition,other.field_name,other.data,other.file,other.item_headers,)
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


def _9c9d5f7ee1dc4bce():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.info,self.db,self.user,self.password,self.host,self.hostaddr,self.port,self.tty,self.options,self.status,self.transaction_status,self.pipeline_status,self.error_message,self._encoding,self.protocol_version,self.full_protocol_version,self.server_version,self.backend_pid,self.needs_password,self.used_password,self.used_gssapi,self.ssl_in_use,self.nonblocking,self.notice_handler,self.notify_handler,)==(other.info,other.db,other.user,other.password,other.host,other.hostaddr,other.port,other.tty,other.options,other.status,other.transaction_status,other.pipeline_status,other.error_message,other._encoding,other.protocol_version,other.full_protocol_version,other.server_version,other.backend_pid,other.needs_password,other.used_password,other.used_gssapi,other.ssl_in_use,other.nonblocking,other.notice_handler,other.notify_handler,)
  return NotImplemented
 return __eq__


def _ad2c80ae47429f50():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ink,self.baseline,)==(other.ink,other.baseline,)
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


def _00b14e9115a8900f():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.result,self.note,self.reader,)==(other.name,other.result,other.note,other.reader,)
  return NotImplemented
 return __eq__


def _058d1c19e87eae59():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.per_host,self.delay,self.concurrency,self.refetch,self.respect_robots,self.processes,self.time_limit,self.max_pages,self.start_method,self.fetch,self.lint,)==(other.per_host,other.delay,other.concurrency,other.refetch,other.respect_robots,other.processes,other.time_limit,other.max_pages,other.start_method,other.fetch,other.lint,)
  return NotImplemented
 return __eq__


def _2605c91201bcc9d2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,)==(other.queue,other.documents,other.reports,other.errors,other.warnings,other.codes,other.cross_codes,)
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


def _ed5ad252ce34e995():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ruled,self.columns,self.rows,self.cells,self.notes,)==(other.ruled,other.columns,other.rows,other.cells,other.notes,)
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


def _b96ff65ac010838b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,)==(other.status,other.errors,other.warnings,other.infos,other.top,other.page,other.figures,)
  return NotImplemented
 return __eq__


def _0051e0c035a0fe8e():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.confidence,self.look,)==(other.text,other.confidence,other.look,)
  return NotImplemented
 return __eq__


def _28ee9f3dc241b987():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.fit,self.margin,self.rival,self.sign,)==(other.text,other.fit,other.margin,other.rival,other.sign,)
  return NotImplemented
 return __eq__


def _faea73d70d9b1e5a():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.spot,)==(other.text,other.spot,)
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


def _6e6252b711df6983():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.expression,self.conversion,self.format_spec,)==(other.value,other.expression,other.conversion,other.format_spec,)
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


def _82dbeaa2cef06619():
 def __hash__(self):
  return hash((self.drawn,self.pitch,self.steps,))
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


def _28e6be74e9afe4ec():
 def __hash__(self):
  return hash((self.ink,self.baseline,))
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


def _2019143e48e540a8():
 def __hash__(self):
  return hash((self.label,self.x0,self.x1,))
 return __hash__


def _82eeae8fbcace8e1():
 def __hash__(self):
  return hash((self.line,self.column,))
 return __hash__


def _0a557008a74df0f6():
 def __hash__(self):
  return hash((self.lines,self.x0,self.x1,self.top,self.bottom,self.glyphs,self.room,self.words,self.sharpness,self.touches_border,))
 return __hash__


def _c74b42c5fbddd016():
 def __hash__(self):
  return hash((self.lo,self.hi,self.segments,self.virtual,))
 return __hash__


def _8db1af3ce6a9b189():
 def __hash__(self):
  return hash((self.max_bytes,self.jobs,self.loopback,self.fetch_timeout,))
 return __hash__


def _91a012ecc20f39d4():
 def __hash__(self):
  return hash((self.max_pixels,self.max_side,self.table_seconds,self.page_seconds,self.document_seconds,))
 return __hash__


def _c90149fd6b408b76():
 def __hash__(self):
  return hash((self.name,self.level,self.parent,self.listing_url,))
 return __hash__


def _6292085cf39fb3cd():
 def __hash__(self):
  return hash((self.name,self.level,self.parent,self.year,self.status,self.url,self.published,self.deadline,self.days_late,self.reason,self.listing_url,))
 return __hash__


def _d81bb4673d4cbaca():
 def __hash__(self):
  return hash((self.name,self.result,self.note,self.reader,))
 return __hash__


def _7e17238163891f2d():
 def __hash__(self):
  return hash((self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,))
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


def _2d428963c6aa5a86():
 def __hash__(self):
  return hash((self.ruled,self.columns,self.rows,self.cells,self.notes,))
 return __hash__


def _43d8c5e5c43a3eb7():
 def __hash__(self):
  return hash((self.source,self.width,self.height,self.lines,self.tables,self.complete,self.notes,self.seconds,))
 return __hash__


def _ff07c770296009ff():
 def __hash__(self):
  return hash((self.source,self.width,self.height,self.ruled,self.columns,self.rows,self.cells,self.engine,self.complete,self.notes,self.seconds,))
 return __hash__


def _a0ff050dafdd6000():
 def __hash__(self):
  return hash((self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,))
 return __hash__


def _e346659cdff6e515():
 def __hash__(self):
  return hash((self.text,self.confidence,self.look,))
 return __hash__


def _53a426f28088ef4f():
 def __hash__(self):
  return hash((self.text,self.fit,self.margin,self.rival,self.sign,))
 return __hash__


def _19960a7429ab5c70():
 def __hash__(self):
  return hash((self.text,self.spot,))
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


def _5b31a8e3bc361fe0():
 def __hash__(self):
  return hash((self.url,self.discovered_from,self.agency,self.year,self.published,self.is_report,self.http_status,))
 return __hash__


def _886e825a1973ae48():
 def __hash__(self):
  return hash((self.url,self.kind,self.discovered_from,self.state,self.note,self.note_zh,))
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


def _0640ee046d0eefc3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, zh={self.zh!r}, en={self.en!r}, status={self.status!r})"
 return __repr__


def _94345d921e20e006():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(content_disposition={self.content_disposition!r}, field_name={self.field_name!r}, data={self.data!r}, file={self.file!r}, item_headers={self.item_headers!r})"
 return __repr__


def _02fa6b9e976a2285():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(discovered={self.discovered!r}, finished={self.finished!r}, fetched={self.fetched!r}, linted={self.linted!r}, errors={self.errors!r}, skipped={self.skipped!r}, lang={self.lang!r}, quiet={self.quiet!r}, stream={self.stream!r}, started={self.started!r}, lock={self.lock!r}, _at_start={self._at_start!r}, _last={self._last!r}, _logged={self._logged!r})"
 return __repr__


def _88cfdee8b5430620():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(drawn={self.drawn!r}, pitch={self.pitch!r}, steps={self.steps!r})"
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


def _363fc4f0af623d9e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(info={self.info!r}, db={self.db!r}, user={self.user!r}, password={self.password!r}, host={self.host!r}, hostaddr={self.hostaddr!r}, port={self.port!r}, tty={self.tty!r}, options={self.options!r}, status={self.status!r}, transaction_status={self.transaction_status!r}, pipeline_status={self.pipeline_status!r}, error_message={self.error_message!r}, _encoding={self._encoding!r}, protocol_version={self.protocol_version!r}, full_protocol_version={self.full_protocol_version!r}, server_version={self.server_version!r}, backend_pid={self.backend_pid!r}, needs_password={self.needs_password!r}, used_password={self.used_password!r}, used_gssapi={self.used_gssapi!r}, ssl_in_use={self.ssl_in_use!r}, nonblocking={self.nonblocking!r}, notice_handler={self.notice_handler!r}, notify_handler={self.notify_handler!r})"
 return __repr__


def _c57e4f3f93a23057():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ink={self.ink!r}, baseline={self.baseline!r})"
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


def _f5a11f119a02893e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, x0={self.x0!r}, x1={self.x1!r})"
 return __repr__


def _0ac2fc8f60c90961():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, column={self.column!r})"
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


def _88efa5b2c8b2cc62():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_bytes={self.max_bytes!r}, jobs={self.jobs!r}, loopback={self.loopback!r}, fetch_timeout={self.fetch_timeout!r})"
 return __repr__


def _2339b306c596aeb7():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_pixels={self.max_pixels!r}, max_side={self.max_side!r}, table_seconds={self.table_seconds!r}, page_seconds={self.page_seconds!r}, document_seconds={self.document_seconds!r})"
 return __repr__


def _b78d237bc49389d6():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, listing_url={self.listing_url!r})"
 return __repr__


def _2109fb608cc376c2():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, year={self.year!r}, status={self.status!r}, url={self.url!r}, published={self.published!r}, deadline={self.deadline!r}, days_late={self.days_late!r}, reason={self.reason!r}, listing_url={self.listing_url!r})"
 return __repr__


def _f731a30e62d1808a():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, result={self.result!r}, note={self.note!r}, reader={self.reader!r})"
 return __repr__


def _676328c303e42288():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, shapes={self.shapes!r}, advances={self.advances!r}, em={self.em!r}, pad={self.pad!r}, base={self.base!r}, top={self.top!r}, bottom={self.bottom!r})"
 return __repr__


def _54c945a477f4c4f1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(per_host={self.per_host!r}, delay={self.delay!r}, concurrency={self.concurrency!r}, refetch={self.refetch!r}, respect_robots={self.respect_robots!r}, processes={self.processes!r}, time_limit={self.time_limit!r}, max_pages={self.max_pages!r}, start_method={self.start_method!r}, fetch={self.fetch!r}, lint={self.lint!r})"
 return __repr__


def _f4bc0cb7308377b8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(queue={self.queue!r}, documents={self.documents!r}, reports={self.reports!r}, errors={self.errors!r}, warnings={self.warnings!r}, codes={self.codes!r}, cross_codes={self.cross_codes!r})"
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


def _83b3c37d87de3f22():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, notes={self.notes!r})"
 return __repr__


def _be02fe3892bc2f28():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, lines={self.lines!r}, tables={self.tables!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"
 return __repr__


def _e3e60d887a5cedd1():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, engine={self.engine!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"
 return __repr__


def _22ea383f04c86701():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(status={self.status!r}, errors={self.errors!r}, warnings={self.warnings!r}, infos={self.infos!r}, top={self.top!r}, page={self.page!r}, figures={self.figures!r})"
 return __repr__


def _9538922a0ac0c78e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, confidence={self.confidence!r}, look={self.look!r})"
 return __repr__


def _83e97c532a64a490():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, fit={self.fit!r}, margin={self.margin!r}, rival={self.rival!r}, sign={self.sign!r})"
 return __repr__


def _348635cf37e9e3e3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, spot={self.spot!r})"
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


def _e35c234c43e5993f():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(url={self.url!r}, discovered_from={self.discovered_from!r}, agency={self.agency!r}, year={self.year!r}, published={self.published!r}, is_report={self.is_report!r}, http_status={self.http_status!r})"
 return __repr__


def _1bdc6ba4b9e24f50():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(url={self.url!r}, kind={self.kind!r}, discovered_from={self.discovered_from!r}, state={self.state!r}, note={self.note!r}, note_zh={self.note_zh!r})"
 return __repr__


def _43168a311bae900e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, expression={self.expression!r}, conversion={self.conversion!r}, format_spec={self.format_spec!r})"
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


def _77a53257c1174e29(_type_code, _type_zh, _type_en, _type_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_status, _return_type):
 def __init__(self,code:_type_code,zh:_type_zh,en:_type_en,status:_type_status=_dflt_status)->_return_type:
  self.code=code
  self.zh=zh
  self.en=en
  self.status=status
 return __init__


def _a4c916cbb43963ec(_type_content_disposition, _type_field_name, _type_data, _type_file, _type_item_headers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_content_disposition, _dflt_field_name, _dflt_data, _dflt_file, _dflt_item_headers, _return_type):
 def __init__(self,content_disposition:_type_content_disposition=_dflt_content_disposition,field_name:_type_field_name=_dflt_field_name,data:_type_data=_HAS_DEFAULT_FACTORY,file:_type_file=_dflt_file,item_headers:_type_item_headers=_HAS_DEFAULT_FACTORY)->_return_type:
  self.content_disposition=content_disposition
  self.field_name=field_name
  self.data=_dflt_data() if data is _HAS_DEFAULT_FACTORY else data
  self.file=file
  self.item_headers=_dflt_item_headers() if item_headers is _HAS_DEFAULT_FACTORY else item_headers
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


def _4f911ddd95f7489a(_type_ink, _type_baseline, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ink:_type_ink,baseline:_type_baseline)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ink',ink)
  __dataclass_builtins_object__.__setattr__(self,'baseline',baseline)
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


def _6ae4be8c083ddfd4(_type_ruled, _type_columns, _type_rows, _type_cells, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _return_type):
 def __init__(self,ruled:_type_ruled,columns:_type_columns,rows:_type_rows,cells:_type_cells,notes:_type_notes=_dflt_notes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ruled',ruled)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
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


def _97d8469310b174b2(_type_text, _type_confidence, _type_look, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_look, _return_type):
 def __init__(self,text:_type_text,confidence:_type_confidence,look:_type_look=_dflt_look)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)
  __dataclass_builtins_object__.__setattr__(self,'look',look)
 return __init__


def _fe8412bd0694ff49(_type_text, _type_fit, _type_margin, _type_rival, _type_sign, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sign, _return_type):
 def __init__(self,text:_type_text,fit:_type_fit,margin:_type_margin,rival:_type_rival,sign:_type_sign=_dflt_sign)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'fit',fit)
  __dataclass_builtins_object__.__setattr__(self,'margin',margin)
  __dataclass_builtins_object__.__setattr__(self,'rival',rival)
  __dataclass_builtins_object__.__setattr__(self,'sign',sign)
 return __init__


def _d7c249e44b597d70(_type_text, _type_spot, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,spot:_type_spot)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'spot',spot)
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


def _a787f30115849024(_type_value, _type_expression, _type_conversion, _type_format_spec, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value,expression:_type_expression,conversion:_type_conversion,format_spec:_type_format_spec)->_return_type:
  self.value=value
  self.expression=expression
  self.conversion=conversion
  self.format_spec=format_spec
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


def _faec17a0eb7ed2c2(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('drawn','pitch','steps',):
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


def _3702a9d16538f4ac(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ink','baseline',):
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


def _ba0e8ac208a44929(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('queue','documents','reports','errors','warnings','codes','cross_codes',):
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


def _6008e345fe8ece34(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ruled','columns','rows','cells','notes',):
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


def _0a947c2155ae560e(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('status','errors','warnings','infos','top','page','figures',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _b4c99e6cb3ac88a3(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','confidence','look',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _0bd583df125e8482(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','fit','margin','rival','sign',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _bdba44ee11e48b80(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','spot',):
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


def _4612e88dc75bd25e(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('drawn','pitch','steps',):
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


def _6ab4beadf9655edb(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ink','baseline',):
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


def _d545fe2be30c86ab(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('queue','documents','reports','errors','warnings','codes','cross_codes',):
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


def _9ed9b5c37b35fe3c(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ruled','columns','rows','cells','notes',):
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


def _71d298565e650df1(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('status','errors','warnings','infos','top','page','figures',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _8e40cb3e825b792d(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','confidence','look',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _ab1126712e3f2fa4(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','fit','margin','rival','sign',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _73e54d02f32d1c11(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','spot',):
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


TEXTS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.as_of,self.years,self.rows,self.findings,self.unattributed,self.queue,self.documents,self.reports,self.roster,self.pages,self.lang,)==(other.as_of,other.years,other.rows,other.findings,other.unattributed,other.queue,other.documents,other.reports,other.roster,other.pages,other.lang,)\n  return NotImplemented\n return __eq__': _6d80971b9bbdad9b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.blocks,self.title,self.meta,self.attachments,self.images,self.image_refs,self.body_found,self.problems,)==(other.blocks,other.title,other.meta,other.attachments,other.images,other.image_refs,other.body_found,other.problems,)\n  return NotImplemented\n return __eq__': _bdedcd6fcdf6e4b6,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.body,self.year,self.url,self.code,self.rule,self.severity,self.message,self.place,self.across,self.other_url,)==(other.body,other.year,other.url,other.code,other.rule,other.severity,other.message,other.place,other.across,other.other_url,)\n  return NotImplemented\n return __eq__': _65af20c35f85186e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.by_kind,self.pack,)==(other.by_kind,other.pack,)\n  return NotImplemented\n return __eq__': _3a87d6045ee0503a,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.zh,self.en,self.status,)==(other.code,other.zh,other.en,other.status,)\n  return NotImplemented\n return __eq__': _747d94dd87183ccc,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.content_disposition,self.field_name,self.data,self.file,self.item_headers,)==(other.content_disposition,other.field_name,other.data,other.file,other.item_headers,)\n  return NotImplemented\n return __eq__': _5742661a9ca24a81,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.discovered,self.finished,self.fetched,self.linted,self.errors,self.skipped,self.lang,self.quiet,self.stream,self.started,self.lock,self._at_start,self._last,self._logged,)==(other.discovered,other.finished,other.fetched,other.linted,other.errors,other.skipped,other.lang,other.quiet,other.stream,other.started,other.lock,other._at_start,other._last,other._logged,)\n  return NotImplemented\n return __eq__': _7123c3d9fdee42c0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.drawn,self.pitch,self.steps,)==(other.drawn,other.pitch,other.steps,)\n  return NotImplemented\n return __eq__': _9f8cac86abc2e80b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.face,self.quality,self.readings,)==(other.face,other.quality,other.readings,)\n  return NotImplemented\n return __eq__': _297a78da2e25969b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.format_id,self.gtrid,self.bqual,self.prepared,self.owner,self.database,)==(other.format_id,other.gtrid,other.bqual,other.prepared,other.owner,other.database,)\n  return NotImplemented\n return __eq__': _98fe4c24693e2166,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.g,self.digit,self.which,)==(other.g,other.digit,other.which,)\n  return NotImplemented\n return __eq__': _a59e80b51879a9d9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.gray,self.ink,self.rules,self.grid,)==(other.gray,other.ink,other.rules,other.grid,)\n  return NotImplemented\n return __eq__': _07b247888b00c3c5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.horizontal,self.vertical,self.mask,self.em,)==(other.horizontal,other.vertical,other.mask,other.em,)\n  return NotImplemented\n return __eq__': _44db22ca88b932a7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.host,self.items,self.options,self.scopes,self.robots,self.not_before,self.known_docs,self.store,self.wait,)==(other.host,other.items,other.options,other.scopes,other.robots,other.not_before,other.known_docs,other.store,other.wait,)\n  return NotImplemented\n return __eq__': _7779f420c57cc2da,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.host,self.port,)==(other.host,other.port,)\n  return NotImplemented\n return __eq__': _6434f65ccc9fa433,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.host,self.writes,self.counts,self.touched,self.robots,self.ended,)==(other.host,other.writes,other.counts,other.touched,other.robots,other.ended,)\n  return NotImplemented\n return __eq__': _834a1c4cf603f7d0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.info,self.db,self.user,self.password,self.host,self.hostaddr,self.port,self.tty,self.options,self.status,self.transaction_status,self.pipeline_status,self.error_message,self._encoding,self.protocol_version,self.full_protocol_version,self.server_version,self.backend_pid,self.needs_password,self.used_password,self.used_gssapi,self.ssl_in_use,self.nonblocking,self.notice_handler,self.notify_handler,)==(other.info,other.db,other.user,other.password,other.host,other.hostaddr,other.port,other.tty,other.options,other.status,other.transaction_status,other.pipeline_status,other.error_message,other._encoding,other.protocol_version,other.full_protocol_version,other.server_version,other.backend_pid,other.needs_password,other.used_password,other.used_gssapi,other.ssl_in_use,other.nonblocking,other.notice_handler,other.notify_handler,)\n  return NotImplemented\n return __eq__': _9c9d5f7ee1dc4bce,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ink,self.baseline,)==(other.ink,other.baseline,)\n  return NotImplemented\n return __eq__': _ad2c80ae47429f50,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keyword,self.envvar,self.compiled,)==(other.keyword,other.envvar,other.compiled,)\n  return NotImplemented\n return __eq__': _c0a58327f355d8b5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.cells,self.level,self.bold,self.table,)==(other.kind,other.cells,other.level,other.bold,other.table,)\n  return NotImplemented\n return __eq__': _bc07bb46276b284f,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.labels,self.cells,self.top,self.bands,)==(other.kind,other.labels,other.cells,other.top,other.bands,)\n  return NotImplemented\n return __eq__': _db59a970ef802e9c,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.name,self.data,self.url,self.lang,)==(other.kind,other.name,other.data,other.url,other.lang,)\n  return NotImplemented\n return __eq__': _d27aa83679beb98b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.label,self.x0,self.x1,)==(other.label,other.x0,other.x1,)\n  return NotImplemented\n return __eq__': _6f5c4ae71ec4e34a,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line,self.column,)==(other.line,other.column,)\n  return NotImplemented\n return __eq__': _882157c7cfcfd7f7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.pages,self.problems,self.ocr,self.notes,self.hint,self.origins,)==(other.lines,other.pages,other.problems,other.ocr,other.notes,other.hint,other.origins,)\n  return NotImplemented\n return __eq__': _572cf08f6c78ba20,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.x0,self.x1,self.top,self.bottom,self.glyphs,self.room,self.words,self.sharpness,self.touches_border,)==(other.lines,other.x0,other.x1,other.top,other.bottom,other.glyphs,other.room,other.words,other.sharpness,other.touches_border,)\n  return NotImplemented\n return __eq__': _398eb4282e542f11,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lo,self.hi,self.segments,self.virtual,)==(other.lo,other.hi,other.segments,other.virtual,)\n  return NotImplemented\n return __eq__': _d72e874d7903f729,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.max_bytes,self.jobs,self.loopback,self.fetch_timeout,)==(other.max_bytes,other.jobs,other.loopback,other.fetch_timeout,)\n  return NotImplemented\n return __eq__': _6c0042ca355acef6,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.max_pixels,self.max_side,self.table_seconds,self.page_seconds,self.document_seconds,)==(other.max_pixels,other.max_side,other.table_seconds,other.page_seconds,other.document_seconds,)\n  return NotImplemented\n return __eq__': _1832b9e2ce9ba658,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.level,self.parent,self.listing_url,)==(other.name,other.level,other.parent,other.listing_url,)\n  return NotImplemented\n return __eq__': _4990369214d2b7aa,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.level,self.parent,self.year,self.status,self.url,self.published,self.deadline,self.days_late,self.reason,self.listing_url,)==(other.name,other.level,other.parent,other.year,other.status,other.url,other.published,other.deadline,other.days_late,other.reason,other.listing_url,)\n  return NotImplemented\n return __eq__': _2923c6364cdc7275,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.result,self.note,self.reader,)==(other.name,other.result,other.note,other.reader,)\n  return NotImplemented\n return __eq__': _00b14e9115a8900f,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.per_host,self.delay,self.concurrency,self.refetch,self.respect_robots,self.processes,self.time_limit,self.max_pages,self.start_method,self.fetch,self.lint,)==(other.per_host,other.delay,other.concurrency,other.refetch,other.respect_robots,other.processes,other.time_limit,other.max_pages,other.start_method,other.fetch,other.lint,)\n  return NotImplemented\n return __eq__': _058d1c19e87eae59,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,)==(other.queue,other.documents,other.reports,other.errors,other.warnings,other.codes,other.cross_codes,)\n  return NotImplemented\n return __eq__': _2605c91201bcc9d2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.reports,self.pages,self.attachments,)==(other.reports,other.pages,other.attachments,)\n  return NotImplemented\n return __eq__': _05c429d0bccd3e9d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.result,self.name,self.data,self.kind,)==(other.result,other.name,other.data,other.kind,)\n  return NotImplemented\n return __eq__': _a482d9a2af215535,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,)==(other.row,other.col,other.rowspan,other.colspan,other.x0,other.x1,other.top,other.bottom,)\n  return NotImplemented\n return __eq__': _1968c81c8ad58bfa,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,self.kind,self.text,self.confidence,self.note,)==(other.row,other.col,other.rowspan,other.colspan,other.x0,other.x1,other.top,other.bottom,other.kind,other.text,other.confidence,other.note,)\n  return NotImplemented\n return __eq__': _7f36211f65c4b7a8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ruled,self.columns,self.rows,self.cells,self.notes,)==(other.ruled,other.columns,other.rows,other.cells,other.notes,)\n  return NotImplemented\n return __eq__': _ed5ad252ce34e995,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.width,self.height,self.lines,self.tables,self.complete,self.notes,self.seconds,)==(other.source,other.width,other.height,other.lines,other.tables,other.complete,other.notes,other.seconds,)\n  return NotImplemented\n return __eq__': _45bc6226f99e6c9e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.width,self.height,self.ruled,self.columns,self.rows,self.cells,self.engine,self.complete,self.notes,self.seconds,)==(other.source,other.width,other.height,other.ruled,other.columns,other.rows,other.cells,other.engine,other.complete,other.notes,other.seconds,)\n  return NotImplemented\n return __eq__': _74a36e2cb5dde953,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,)==(other.status,other.errors,other.warnings,other.infos,other.top,other.page,other.figures,)\n  return NotImplemented\n return __eq__': _b96ff65ac010838b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.confidence,self.look,)==(other.text,other.confidence,other.look,)\n  return NotImplemented\n return __eq__': _0051e0c035a0fe8e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.fit,self.margin,self.rival,self.sign,)==(other.text,other.fit,other.margin,other.rival,other.sign,)\n  return NotImplemented\n return __eq__': _28ee9f3dc241b987,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.spot,)==(other.text,other.spot,)\n  return NotImplemented\n return __eq__': _faea73d70d9b1e5a,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.confidence,)\n  return NotImplemented\n return __eq__': _1297943a2a1400b7,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,self.row,self.col,self.kind,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.confidence,other.row,other.col,other.kind,)\n  return NotImplemented\n return __eq__': _fd4da341d7e29420,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.x0,self.x1,self.top,self.bottom,self.loc,self.confidence,)==(other.text,other.x0,other.x1,other.top,other.bottom,other.loc,other.confidence,)\n  return NotImplemented\n return __eq__': _93a165bddb3b01f4,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.url,self.discovered_from,self.agency,self.year,self.published,self.is_report,self.http_status,)==(other.url,other.discovered_from,other.agency,other.year,other.published,other.is_report,other.http_status,)\n  return NotImplemented\n return __eq__': _278d20323a89a220,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.url,self.kind,self.discovered_from,self.state,self.note,self.note_zh,)==(other.url,other.kind,other.discovered_from,other.state,other.note,other.note_zh,)\n  return NotImplemented\n return __eq__': _3dd900550c82be82,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.expression,self.conversion,self.format_spec,)==(other.value,other.expression,other.conversion,other.format_spec,)\n  return NotImplemented\n return __eq__': _6e6252b711df6983,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.words,)==(other.words,)\n  return NotImplemented\n return __eq__': _7b12a2a298906314,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.as_of,self.years,self.rows,self.findings,self.unattributed,self.queue,self.documents,self.reports,self.roster,self.pages,self.lang,))\n return __hash__': _330b6683f9307ede,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.body,self.year,self.url,self.code,self.rule,self.severity,self.message,self.place,self.across,self.other_url,))\n return __hash__': _df02dd1f0811e123,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.by_kind,self.pack,))\n return __hash__': _cf51f59b087dd359,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.drawn,self.pitch,self.steps,))\n return __hash__': _82dbeaa2cef06619,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.face,self.quality,self.readings,))\n return __hash__': _c9ffa227112fa253,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.format_id,self.gtrid,self.bqual,self.prepared,self.owner,self.database,))\n return __hash__': _3a8e9c78b45c2abb,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.g,self.digit,self.which,))\n return __hash__': _51cb0bf4f4dd049d,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.gray,self.ink,self.rules,self.grid,))\n return __hash__': _dd76b9d150889ba9,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.horizontal,self.vertical,self.mask,self.em,))\n return __hash__': _192ce2f15e3a3a88,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.host,self.items,self.options,self.scopes,self.robots,self.not_before,self.known_docs,self.store,self.wait,))\n return __hash__': _b55ad71c93e5d8ff,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.host,self.port,))\n return __hash__': _ec5c9919dc86d3e8,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ink,self.baseline,))\n return __hash__': _28e6be74e9afe4ec,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.cells,self.level,self.bold,self.table,))\n return __hash__': _9c7f7f86931a6b39,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.labels,self.cells,self.top,self.bands,))\n return __hash__': _e33d0e67354529b7,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.name,self.data,self.url,self.lang,))\n return __hash__': _f593e32b7ca3bf2e,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.label,self.x0,self.x1,))\n return __hash__': _2019143e48e540a8,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.line,self.column,))\n return __hash__': _82eeae8fbcace8e1,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lines,self.x0,self.x1,self.top,self.bottom,self.glyphs,self.room,self.words,self.sharpness,self.touches_border,))\n return __hash__': _0a557008a74df0f6,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lo,self.hi,self.segments,self.virtual,))\n return __hash__': _c74b42c5fbddd016,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.max_bytes,self.jobs,self.loopback,self.fetch_timeout,))\n return __hash__': _8db1af3ce6a9b189,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.max_pixels,self.max_side,self.table_seconds,self.page_seconds,self.document_seconds,))\n return __hash__': _91a012ecc20f39d4,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.level,self.parent,self.listing_url,))\n return __hash__': _c90149fd6b408b76,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.level,self.parent,self.year,self.status,self.url,self.published,self.deadline,self.days_late,self.reason,self.listing_url,))\n return __hash__': _6292085cf39fb3cd,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.result,self.note,self.reader,))\n return __hash__': _d81bb4673d4cbaca,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.queue,self.documents,self.reports,self.errors,self.warnings,self.codes,self.cross_codes,))\n return __hash__': _7e17238163891f2d,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.reports,self.pages,self.attachments,))\n return __hash__': _8c101edeb7671e88,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,))\n return __hash__': _fb38b261bda710b5,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.row,self.col,self.rowspan,self.colspan,self.x0,self.x1,self.top,self.bottom,self.kind,self.text,self.confidence,self.note,))\n return __hash__': _c75f21fcfdd17e7a,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.ruled,self.columns,self.rows,self.cells,self.notes,))\n return __hash__': _2d428963c6aa5a86,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.width,self.height,self.lines,self.tables,self.complete,self.notes,self.seconds,))\n return __hash__': _43d8c5e5c43a3eb7,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.width,self.height,self.ruled,self.columns,self.rows,self.cells,self.engine,self.complete,self.notes,self.seconds,))\n return __hash__': _ff07c770296009ff,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.status,self.errors,self.warnings,self.infos,self.top,self.page,self.figures,))\n return __hash__': _a0ff050dafdd6000,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.confidence,self.look,))\n return __hash__': _e346659cdff6e515,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.fit,self.margin,self.rival,self.sign,))\n return __hash__': _53a426f28088ef4f,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.spot,))\n return __hash__': _19960a7429ab5c70,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,))\n return __hash__': _c0a9f3bbd44c2daa,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.confidence,self.row,self.col,self.kind,))\n return __hash__': _8fb12480d5602435,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.x0,self.x1,self.top,self.bottom,self.loc,self.confidence,))\n return __hash__': _389f39879f1773e3,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.url,self.discovered_from,self.agency,self.year,self.published,self.is_report,self.http_status,))\n return __hash__': _5b31a8e3bc361fe0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.url,self.kind,self.discovered_from,self.state,self.note,self.note_zh,))\n return __hash__': _886e825a1973ae48,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(as_of={self.as_of!r}, years={self.years!r}, rows={self.rows!r}, findings={self.findings!r}, unattributed={self.unattributed!r}, queue={self.queue!r}, documents={self.documents!r}, reports={self.reports!r}, roster={self.roster!r}, pages={self.pages!r}, lang={self.lang!r})"\n return __repr__': _400531ab5d3983f5,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(blocks={self.blocks!r}, title={self.title!r}, meta={self.meta!r}, attachments={self.attachments!r}, images={self.images!r}, image_refs={self.image_refs!r}, body_found={self.body_found!r}, problems={self.problems!r})"\n return __repr__': _2b5320d70d008af8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(body={self.body!r}, year={self.year!r}, url={self.url!r}, code={self.code!r}, rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, place={self.place!r}, across={self.across!r}, other_url={self.other_url!r})"\n return __repr__': _611789e5a5b8bb1a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(by_kind={self.by_kind!r}, pack={self.pack!r})"\n return __repr__': _41ac383a8c4cb89c,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, zh={self.zh!r}, en={self.en!r}, status={self.status!r})"\n return __repr__': _0640ee046d0eefc3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(content_disposition={self.content_disposition!r}, field_name={self.field_name!r}, data={self.data!r}, file={self.file!r}, item_headers={self.item_headers!r})"\n return __repr__': _94345d921e20e006,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(discovered={self.discovered!r}, finished={self.finished!r}, fetched={self.fetched!r}, linted={self.linted!r}, errors={self.errors!r}, skipped={self.skipped!r}, lang={self.lang!r}, quiet={self.quiet!r}, stream={self.stream!r}, started={self.started!r}, lock={self.lock!r}, _at_start={self._at_start!r}, _last={self._last!r}, _logged={self._logged!r})"\n return __repr__': _02fa6b9e976a2285,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(drawn={self.drawn!r}, pitch={self.pitch!r}, steps={self.steps!r})"\n return __repr__': _88cfdee8b5430620,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(face={self.face!r}, quality={self.quality!r}, readings={self.readings!r})"\n return __repr__': _ab65716e4e84e092,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(font={self.font!r}, size={self.size!r}, bank={self.bank!r}, energy={self.energy!r}, box={self.box!r}, ox={self.ox!r}, oy={self.oy!r})"\n return __repr__': _00d37d4a9993b9d1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(format_id={self.format_id!r}, gtrid={self.gtrid!r}, bqual={self.bqual!r}, prepared={self.prepared!r}, owner={self.owner!r}, database={self.database!r})"\n return __repr__': _a059af5cbc3ddde1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(g={self.g!r}, digit={self.digit!r}, which={self.which!r})"\n return __repr__': _8b9db6d40b267e23,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(gray={self.gray!r}, ink={self.ink!r}, rules={self.rules!r}, grid={self.grid!r})"\n return __repr__': _7309411334aba8a4,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(horizontal={self.horizontal!r}, vertical={self.vertical!r}, mask={self.mask!r}, em={self.em!r})"\n return __repr__': _ae8ed86e0bf755b1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(host={self.host!r}, items={self.items!r}, options={self.options!r}, scopes={self.scopes!r}, robots={self.robots!r}, not_before={self.not_before!r}, known_docs={self.known_docs!r}, store={self.store!r}, wait={self.wait!r})"\n return __repr__': _7be7a85baa03b5be,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(host={self.host!r}, port={self.port!r})"\n return __repr__': _5737e2ff514297a3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(host={self.host!r}, writes={self.writes!r}, counts={self.counts!r}, touched={self.touched!r}, robots={self.robots!r}, ended={self.ended!r})"\n return __repr__': _e3102bd74475f912,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(info={self.info!r}, db={self.db!r}, user={self.user!r}, password={self.password!r}, host={self.host!r}, hostaddr={self.hostaddr!r}, port={self.port!r}, tty={self.tty!r}, options={self.options!r}, status={self.status!r}, transaction_status={self.transaction_status!r}, pipeline_status={self.pipeline_status!r}, error_message={self.error_message!r}, _encoding={self._encoding!r}, protocol_version={self.protocol_version!r}, full_protocol_version={self.full_protocol_version!r}, server_version={self.server_version!r}, backend_pid={self.backend_pid!r}, needs_password={self.needs_password!r}, used_password={self.used_password!r}, used_gssapi={self.used_gssapi!r}, ssl_in_use={self.ssl_in_use!r}, nonblocking={self.nonblocking!r}, notice_handler={self.notice_handler!r}, notify_handler={self.notify_handler!r})"\n return __repr__': _363fc4f0af623d9e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ink={self.ink!r}, baseline={self.baseline!r})"\n return __repr__': _c57e4f3f93a23057,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, envvar={self.envvar!r}, compiled={self.compiled!r})"\n return __repr__': _fcb769986785e5d1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, cells={self.cells!r}, level={self.level!r}, bold={self.bold!r}, table={self.table!r})"\n return __repr__': _9a994cde671ab400,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, labels={self.labels!r}, cells={self.cells!r}, top={self.top!r}, bands={self.bands!r})"\n return __repr__': _51ea0c5fc2318027,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, name={self.name!r}, data={self.data!r}, url={self.url!r}, lang={self.lang!r})"\n return __repr__': _28c02c87c3225a5c,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(label={self.label!r}, x0={self.x0!r}, x1={self.x1!r})"\n return __repr__': _f5a11f119a02893e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line={self.line!r}, column={self.column!r})"\n return __repr__': _0ac2fc8f60c90961,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, pages={self.pages!r}, problems={self.problems!r}, ocr={self.ocr!r}, notes={self.notes!r}, hint={self.hint!r}, origins={self.origins!r})"\n return __repr__': _dd80063f05b7589a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, glyphs={self.glyphs!r}, room={self.room!r}, words={self.words!r}, sharpness={self.sharpness!r}, touches_border={self.touches_border!r})"\n return __repr__': _d5c0f8de26396ca9,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lo={self.lo!r}, hi={self.hi!r}, segments={self.segments!r}, virtual={self.virtual!r})"\n return __repr__': _990d086b32d58c2e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(max_bytes={self.max_bytes!r}, jobs={self.jobs!r}, loopback={self.loopback!r}, fetch_timeout={self.fetch_timeout!r})"\n return __repr__': _88efa5b2c8b2cc62,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(max_pixels={self.max_pixels!r}, max_side={self.max_side!r}, table_seconds={self.table_seconds!r}, page_seconds={self.page_seconds!r}, document_seconds={self.document_seconds!r})"\n return __repr__': _2339b306c596aeb7,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, listing_url={self.listing_url!r})"\n return __repr__': _b78d237bc49389d6,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, level={self.level!r}, parent={self.parent!r}, year={self.year!r}, status={self.status!r}, url={self.url!r}, published={self.published!r}, deadline={self.deadline!r}, days_late={self.days_late!r}, reason={self.reason!r}, listing_url={self.listing_url!r})"\n return __repr__': _2109fb608cc376c2,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, result={self.result!r}, note={self.note!r}, reader={self.reader!r})"\n return __repr__': _f731a30e62d1808a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, shapes={self.shapes!r}, advances={self.advances!r}, em={self.em!r}, pad={self.pad!r}, base={self.base!r}, top={self.top!r}, bottom={self.bottom!r})"\n return __repr__': _676328c303e42288,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(per_host={self.per_host!r}, delay={self.delay!r}, concurrency={self.concurrency!r}, refetch={self.refetch!r}, respect_robots={self.respect_robots!r}, processes={self.processes!r}, time_limit={self.time_limit!r}, max_pages={self.max_pages!r}, start_method={self.start_method!r}, fetch={self.fetch!r}, lint={self.lint!r})"\n return __repr__': _54c945a477f4c4f1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(queue={self.queue!r}, documents={self.documents!r}, reports={self.reports!r}, errors={self.errors!r}, warnings={self.warnings!r}, codes={self.codes!r}, cross_codes={self.cross_codes!r})"\n return __repr__': _f4bc0cb7308377b8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(reports={self.reports!r}, pages={self.pages!r}, attachments={self.attachments!r})"\n return __repr__': _c6d1ed5702578393,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(result={self.result!r}, name={self.name!r}, kind={self.kind!r})"\n return __repr__': _d5905d8d226efab2,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(row={self.row!r}, col={self.col!r}, rowspan={self.rowspan!r}, colspan={self.colspan!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r})"\n return __repr__': _5990d2b568575de9,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(row={self.row!r}, col={self.col!r}, rowspan={self.rowspan!r}, colspan={self.colspan!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, kind={self.kind!r}, text={self.text!r}, confidence={self.confidence!r}, note={self.note!r})"\n return __repr__': _4b87d2cf9ff36529,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, notes={self.notes!r})"\n return __repr__': _83b3c37d87de3f22,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, lines={self.lines!r}, tables={self.tables!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"\n return __repr__': _be02fe3892bc2f28,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, width={self.width!r}, height={self.height!r}, ruled={self.ruled!r}, columns={self.columns!r}, rows={self.rows!r}, cells={self.cells!r}, engine={self.engine!r}, complete={self.complete!r}, notes={self.notes!r}, seconds={self.seconds!r})"\n return __repr__': _e3e60d887a5cedd1,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(status={self.status!r}, errors={self.errors!r}, warnings={self.warnings!r}, infos={self.infos!r}, top={self.top!r}, page={self.page!r}, figures={self.figures!r})"\n return __repr__': _22ea383f04c86701,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, confidence={self.confidence!r}, look={self.look!r})"\n return __repr__': _9538922a0ac0c78e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, fit={self.fit!r}, margin={self.margin!r}, rival={self.rival!r}, sign={self.sign!r})"\n return __repr__': _83e97c532a64a490,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, spot={self.spot!r})"\n return __repr__': _348635cf37e9e3e3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, confidence={self.confidence!r})"\n return __repr__': _c214b39cab2e9878,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, confidence={self.confidence!r}, row={self.row!r}, col={self.col!r}, kind={self.kind!r})"\n return __repr__': _2e0e9db4463398c3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, x0={self.x0!r}, x1={self.x1!r}, top={self.top!r}, bottom={self.bottom!r}, loc={self.loc!r}, confidence={self.confidence!r})"\n return __repr__': _d0f6a8e068e84a32,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(url={self.url!r}, discovered_from={self.discovered_from!r}, agency={self.agency!r}, year={self.year!r}, published={self.published!r}, is_report={self.is_report!r}, http_status={self.http_status!r})"\n return __repr__': _e35c234c43e5993f,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(url={self.url!r}, kind={self.kind!r}, discovered_from={self.discovered_from!r}, state={self.state!r}, note={self.note!r}, note_zh={self.note_zh!r})"\n return __repr__': _1bdc6ba4b9e24f50,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, expression={self.expression!r}, conversion={self.conversion!r}, format_spec={self.format_spec!r})"\n return __repr__': _43168a311bae900e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(words={self.words!r})"\n return __repr__': _0583f54ef329ee26,
    "def __create_fn__(_type_as_of, _type_years, _type_rows, _type_findings, _type_unattributed, _type_queue, _type_documents, _type_reports, _type_roster, _type_pages, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _return_type):\n def __init__(self,as_of:_type_as_of,years:_type_years,rows:_type_rows,findings:_type_findings,unattributed:_type_unattributed,queue:_type_queue,documents:_type_documents,reports:_type_reports,roster:_type_roster,pages:_type_pages,lang:_type_lang=_dflt_lang)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)\n  __dataclass_builtins_object__.__setattr__(self,'years',years)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'unattributed',unattributed)\n  __dataclass_builtins_object__.__setattr__(self,'queue',queue)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n  __dataclass_builtins_object__.__setattr__(self,'reports',reports)\n  __dataclass_builtins_object__.__setattr__(self,'roster',roster)\n  __dataclass_builtins_object__.__setattr__(self,'pages',pages)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n return __init__": _514877ed50651436,
    'def __create_fn__(_type_blocks, _type_title, _type_meta, _type_attachments, _type_images, _type_image_refs, _type_body_found, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_blocks, _dflt_title, _dflt_meta, _dflt_attachments, _dflt_images, _dflt_image_refs, _dflt_body_found, _dflt_problems, _return_type):\n def __init__(self,blocks:_type_blocks=_HAS_DEFAULT_FACTORY,title:_type_title=_dflt_title,meta:_type_meta=_HAS_DEFAULT_FACTORY,attachments:_type_attachments=_HAS_DEFAULT_FACTORY,images:_type_images=_HAS_DEFAULT_FACTORY,image_refs:_type_image_refs=_HAS_DEFAULT_FACTORY,body_found:_type_body_found=_dflt_body_found,problems:_type_problems=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.blocks=_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks\n  self.title=title\n  self.meta=_dflt_meta() if meta is _HAS_DEFAULT_FACTORY else meta\n  self.attachments=_dflt_attachments() if attachments is _HAS_DEFAULT_FACTORY else attachments\n  self.images=_dflt_images() if images is _HAS_DEFAULT_FACTORY else images\n  self.image_refs=_dflt_image_refs() if image_refs is _HAS_DEFAULT_FACTORY else image_refs\n  self.body_found=body_found\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n return __init__': _4ca6c8f4b351c841,
    "def __create_fn__(_type_body, _type_year, _type_url, _type_code, _type_rule, _type_severity, _type_message, _type_place, _type_across, _type_other_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_across, _dflt_other_url, _return_type):\n def __init__(self,body:_type_body,year:_type_year,url:_type_url,code:_type_code,rule:_type_rule,severity:_type_severity,message:_type_message,place:_type_place,across:_type_across=_dflt_across,other_url:_type_other_url=_dflt_other_url)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'body',body)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'place',place)\n  __dataclass_builtins_object__.__setattr__(self,'across',across)\n  __dataclass_builtins_object__.__setattr__(self,'other_url',other_url)\n return __init__": _0b608f7b6122ffe7,
    "def __create_fn__(_type_by_kind, _type_pack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pack, _return_type):\n def __init__(self,by_kind:_type_by_kind,pack:_type_pack=_dflt_pack)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'by_kind',by_kind)\n  __dataclass_builtins_object__.__setattr__(self,'pack',pack)\n return __init__": _bb5c19c44c4cbb3b,
    'def __create_fn__(_type_code, _type_zh, _type_en, _type_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_status, _return_type):\n def __init__(self,code:_type_code,zh:_type_zh,en:_type_en,status:_type_status=_dflt_status)->_return_type:\n  self.code=code\n  self.zh=zh\n  self.en=en\n  self.status=status\n return __init__': _77a53257c1174e29,
    'def __create_fn__(_type_content_disposition, _type_field_name, _type_data, _type_file, _type_item_headers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_content_disposition, _dflt_field_name, _dflt_data, _dflt_file, _dflt_item_headers, _return_type):\n def __init__(self,content_disposition:_type_content_disposition=_dflt_content_disposition,field_name:_type_field_name=_dflt_field_name,data:_type_data=_HAS_DEFAULT_FACTORY,file:_type_file=_dflt_file,item_headers:_type_item_headers=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.content_disposition=content_disposition\n  self.field_name=field_name\n  self.data=_dflt_data() if data is _HAS_DEFAULT_FACTORY else data\n  self.file=file\n  self.item_headers=_dflt_item_headers() if item_headers is _HAS_DEFAULT_FACTORY else item_headers\n return __init__': _a4c916cbb43963ec,
    'def __create_fn__(_type_discovered, _type_finished, _type_fetched, _type_linted, _type_errors, _type_skipped, _type_lang, _type_quiet, _type_stream, _type_started, _type_lock, _type__at_start, _type__last, _type__logged, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_discovered, _dflt_finished, _dflt_fetched, _dflt_linted, _dflt_errors, _dflt_skipped, _dflt_lang, _dflt_quiet, _dflt_stream, _dflt_started, _dflt_lock, _dflt__at_start, _dflt__last, _dflt__logged, _return_type):\n def __init__(self,discovered:_type_discovered=_dflt_discovered,finished:_type_finished=_dflt_finished,fetched:_type_fetched=_dflt_fetched,linted:_type_linted=_dflt_linted,errors:_type_errors=_dflt_errors,skipped:_type_skipped=_dflt_skipped,lang:_type_lang=_dflt_lang,quiet:_type_quiet=_dflt_quiet,stream:_type_stream=_HAS_DEFAULT_FACTORY,started:_type_started=_HAS_DEFAULT_FACTORY,lock:_type_lock=_HAS_DEFAULT_FACTORY,_at_start:_type__at_start=_dflt__at_start,_last:_type__last=_dflt__last,_logged:_type__logged=_dflt__logged)->_return_type:\n  self.discovered=discovered\n  self.finished=finished\n  self.fetched=fetched\n  self.linted=linted\n  self.errors=errors\n  self.skipped=skipped\n  self.lang=lang\n  self.quiet=quiet\n  self.stream=_dflt_stream() if stream is _HAS_DEFAULT_FACTORY else stream\n  self.started=_dflt_started() if started is _HAS_DEFAULT_FACTORY else started\n  self.lock=_dflt_lock() if lock is _HAS_DEFAULT_FACTORY else lock\n  self._at_start=_at_start\n  self._last=_last\n  self._logged=_logged\n return __init__': _b2bca9e755962437,
    "def __create_fn__(_type_drawn, _type_pitch, _type_steps, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,drawn:_type_drawn,pitch:_type_pitch,steps:_type_steps)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'drawn',drawn)\n  __dataclass_builtins_object__.__setattr__(self,'pitch',pitch)\n  __dataclass_builtins_object__.__setattr__(self,'steps',steps)\n return __init__": _6bc7605502b58556,
    "def __create_fn__(_type_face, _type_quality, _type_readings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,face:_type_face,quality:_type_quality,readings:_type_readings)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'face',face)\n  __dataclass_builtins_object__.__setattr__(self,'quality',quality)\n  __dataclass_builtins_object__.__setattr__(self,'readings',readings)\n return __init__": _52fcfbc7abf02f25,
    "def __create_fn__(_type_font, _type_size, _type_bank, _type_energy, _type_box, _type_ox, _type_oy, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,font:_type_font,size:_type_size,bank:_type_bank,energy:_type_energy,box:_type_box,ox:_type_ox,oy:_type_oy)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'font',font)\n  __dataclass_builtins_object__.__setattr__(self,'size',size)\n  __dataclass_builtins_object__.__setattr__(self,'bank',bank)\n  __dataclass_builtins_object__.__setattr__(self,'energy',energy)\n  __dataclass_builtins_object__.__setattr__(self,'box',box)\n  __dataclass_builtins_object__.__setattr__(self,'ox',ox)\n  __dataclass_builtins_object__.__setattr__(self,'oy',oy)\n return __init__": _65a979ed8bc24395,
    "def __create_fn__(_type_format_id, _type_gtrid, _type_bqual, _type_prepared, _type_owner, _type_database, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_prepared, _dflt_owner, _dflt_database, _return_type):\n def __init__(self,format_id:_type_format_id,gtrid:_type_gtrid,bqual:_type_bqual,prepared:_type_prepared=_dflt_prepared,owner:_type_owner=_dflt_owner,database:_type_database=_dflt_database)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'format_id',format_id)\n  __dataclass_builtins_object__.__setattr__(self,'gtrid',gtrid)\n  __dataclass_builtins_object__.__setattr__(self,'bqual',bqual)\n  __dataclass_builtins_object__.__setattr__(self,'prepared',prepared)\n  __dataclass_builtins_object__.__setattr__(self,'owner',owner)\n  __dataclass_builtins_object__.__setattr__(self,'database',database)\n return __init__": _2d0b1beb49e28677,
    "def __create_fn__(_type_g, _type_digit, _type_which, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,g:_type_g,digit:_type_digit,which:_type_which)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'g',g)\n  __dataclass_builtins_object__.__setattr__(self,'digit',digit)\n  __dataclass_builtins_object__.__setattr__(self,'which',which)\n return __init__": _2762b7b73fb592e8,
    "def __create_fn__(_type_gray, _type_ink, _type_rules, _type_grid, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,gray:_type_gray,ink:_type_ink,rules:_type_rules,grid:_type_grid)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'gray',gray)\n  __dataclass_builtins_object__.__setattr__(self,'ink',ink)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'grid',grid)\n return __init__": _32462831228c5b14,
    "def __create_fn__(_type_horizontal, _type_vertical, _type_mask, _type_em, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,horizontal:_type_horizontal,vertical:_type_vertical,mask:_type_mask,em:_type_em)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'horizontal',horizontal)\n  __dataclass_builtins_object__.__setattr__(self,'vertical',vertical)\n  __dataclass_builtins_object__.__setattr__(self,'mask',mask)\n  __dataclass_builtins_object__.__setattr__(self,'em',em)\n return __init__": _b26a773ad47d5caa,
    "def __create_fn__(_type_host, _type_items, _type_options, _type_scopes, _type_robots, _type_not_before, _type_known_docs, _type_store, _type_wait, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_known_docs, _dflt_store, _dflt_wait, _return_type):\n def __init__(self,host:_type_host,items:_type_items,options:_type_options,scopes:_type_scopes,robots:_type_robots,not_before:_type_not_before,known_docs:_type_known_docs=_dflt_known_docs,store:_type_store=_dflt_store,wait:_type_wait=_dflt_wait)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'host',host)\n  __dataclass_builtins_object__.__setattr__(self,'items',items)\n  __dataclass_builtins_object__.__setattr__(self,'options',options)\n  __dataclass_builtins_object__.__setattr__(self,'scopes',scopes)\n  __dataclass_builtins_object__.__setattr__(self,'robots',robots)\n  __dataclass_builtins_object__.__setattr__(self,'not_before',not_before)\n  __dataclass_builtins_object__.__setattr__(self,'known_docs',known_docs)\n  __dataclass_builtins_object__.__setattr__(self,'store',store)\n  __dataclass_builtins_object__.__setattr__(self,'wait',wait)\n return __init__": _110229e888416f73,
    "def __create_fn__(_type_host, _type_port, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,host:_type_host,port:_type_port)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'host',host)\n  __dataclass_builtins_object__.__setattr__(self,'port',port)\n return __init__": _fb93bc4247000c6a,
    'def __create_fn__(_type_host, _type_writes, _type_counts, _type_touched, _type_robots, _type_ended, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_writes, _dflt_counts, _dflt_touched, _dflt_robots, _dflt_ended, _return_type):\n def __init__(self,host:_type_host,writes:_type_writes=_HAS_DEFAULT_FACTORY,counts:_type_counts=_HAS_DEFAULT_FACTORY,touched:_type_touched=_HAS_DEFAULT_FACTORY,robots:_type_robots=_HAS_DEFAULT_FACTORY,ended:_type_ended=_dflt_ended)->_return_type:\n  self.host=host\n  self.writes=_dflt_writes() if writes is _HAS_DEFAULT_FACTORY else writes\n  self.counts=_dflt_counts() if counts is _HAS_DEFAULT_FACTORY else counts\n  self.touched=_dflt_touched() if touched is _HAS_DEFAULT_FACTORY else touched\n  self.robots=_dflt_robots() if robots is _HAS_DEFAULT_FACTORY else robots\n  self.ended=ended\n return __init__': _2e03ad6b1b4798bc,
    'def __create_fn__(_type_info, _type_db, _type_user, _type_password, _type_host, _type_hostaddr, _type_port, _type_tty, _type_options, _type_status, _type_transaction_status, _type_pipeline_status, _type_error_message, _type__encoding, _type_protocol_version, _type_full_protocol_version, _type_server_version, _type_backend_pid, _type_needs_password, _type_used_password, _type_used_gssapi, _type_ssl_in_use, _type_nonblocking, _type_notice_handler, _type_notify_handler, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_info, _dflt_db, _dflt_user, _dflt_password, _dflt_host, _dflt_hostaddr, _dflt_port, _dflt_tty, _dflt_options, _dflt_status, _dflt_transaction_status, _dflt_pipeline_status, _dflt_error_message, _dflt__encoding, _dflt_protocol_version, _dflt_full_protocol_version, _dflt_server_version, _dflt_backend_pid, _dflt_needs_password, _dflt_used_password, _dflt_used_gssapi, _dflt_ssl_in_use, _dflt_nonblocking, _dflt_notice_handler, _dflt_notify_handler, _return_type):\n def __init__(self,info:_type_info=_HAS_DEFAULT_FACTORY,db:_type_db=_dflt_db,user:_type_user=_dflt_user,password:_type_password=_dflt_password,host:_type_host=_dflt_host,hostaddr:_type_hostaddr=_dflt_hostaddr,port:_type_port=_dflt_port,tty:_type_tty=_dflt_tty,options:_type_options=_dflt_options,status:_type_status=_dflt_status,transaction_status:_type_transaction_status=_dflt_transaction_status,pipeline_status:_type_pipeline_status=_dflt_pipeline_status,error_message:_type_error_message=_dflt_error_message,_encoding:_type__encoding=_dflt__encoding,protocol_version:_type_protocol_version=_dflt_protocol_version,full_protocol_version:_type_full_protocol_version=_dflt_full_protocol_version,server_version:_type_server_version=_dflt_server_version,backend_pid:_type_backend_pid=_dflt_backend_pid,needs_password:_type_needs_password=_dflt_needs_password,used_password:_type_used_password=_dflt_used_password,used_gssapi:_type_used_gssapi=_dflt_used_gssapi,ssl_in_use:_type_ssl_in_use=_dflt_ssl_in_use,nonblocking:_type_nonblocking=_dflt_nonblocking,notice_handler:_type_notice_handler=_dflt_notice_handler,notify_handler:_type_notify_handler=_dflt_notify_handler)->_return_type:\n  self.info=_dflt_info() if info is _HAS_DEFAULT_FACTORY else info\n  self.db=db\n  self.user=user\n  self.password=password\n  self.host=host\n  self.hostaddr=hostaddr\n  self.port=port\n  self.tty=tty\n  self.options=options\n  self.status=status\n  self.transaction_status=transaction_status\n  self.pipeline_status=pipeline_status\n  self.error_message=error_message\n  self._encoding=_encoding\n  self.protocol_version=protocol_version\n  self.full_protocol_version=full_protocol_version\n  self.server_version=server_version\n  self.backend_pid=backend_pid\n  self.needs_password=needs_password\n  self.used_password=used_password\n  self.used_gssapi=used_gssapi\n  self.ssl_in_use=ssl_in_use\n  self.nonblocking=nonblocking\n  self.notice_handler=notice_handler\n  self.notify_handler=notify_handler\n return __init__': _849b054c34a7d8b3,
    "def __create_fn__(_type_ink, _type_baseline, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,ink:_type_ink,baseline:_type_baseline)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ink',ink)\n  __dataclass_builtins_object__.__setattr__(self,'baseline',baseline)\n return __init__": _4f911ddd95f7489a,
    'def __create_fn__(_type_keyword, _type_envvar, _type_compiled, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,keyword:_type_keyword,envvar:_type_envvar,compiled:_type_compiled)->_return_type:\n  self.keyword=keyword\n  self.envvar=envvar\n  self.compiled=compiled\n return __init__': _24e79327c0f0ecb2,
    "def __create_fn__(_type_kind, _type_cells, _type_level, _type_bold, _type_table, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_level, _dflt_bold, _dflt_table, _return_type):\n def __init__(self,kind:_type_kind,cells:_type_cells,level:_type_level=_dflt_level,bold:_type_bold=_dflt_bold,table:_type_table=_dflt_table)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'bold',bold)\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n return __init__": _73f8e876e1743fa1,
    "def __create_fn__(_type_kind, _type_labels, _type_cells, _type_top, _type_bands, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,kind:_type_kind,labels:_type_labels,cells:_type_cells,top:_type_top,bands:_type_bands)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'labels',labels)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bands',bands)\n return __init__": _eb4f5a68d179795d,
    "def __create_fn__(_type_kind, _type_name, _type_data, _type_url, _type_lang, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_data, _dflt_url, _dflt_lang, _return_type):\n def __init__(self,kind:_type_kind,name:_type_name,data:_type_data=_dflt_data,url:_type_url=_dflt_url,lang:_type_lang=_dflt_lang)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n return __init__": _fde20b96f1090128,
    "def __create_fn__(_type_label, _type_x0, _type_x1, _type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):\n def __init__(self,label:_type_label,x0:_type_x0,x1:_type_x1,words:_type_words=_dflt_words)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n return __init__": _c79e6ad308fe0093,
    "def __create_fn__(_type_line, _type_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,line:_type_line,column:_type_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n return __init__": _be5c4351c61716e2,
    'def __create_fn__(_type_lines, _type_pages, _type_problems, _type_ocr, _type_notes, _type_hint, _type_origins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_pages, _dflt_problems, _dflt_ocr, _dflt_notes, _dflt_hint, _dflt_origins, _return_type):\n def __init__(self,lines:_type_lines=_HAS_DEFAULT_FACTORY,pages:_type_pages=_HAS_DEFAULT_FACTORY,problems:_type_problems=_HAS_DEFAULT_FACTORY,ocr:_type_ocr=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,hint:_type_hint=_dflt_hint,origins:_type_origins=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.lines=_dflt_lines() if lines is _HAS_DEFAULT_FACTORY else lines\n  self.pages=_dflt_pages() if pages is _HAS_DEFAULT_FACTORY else pages\n  self.problems=_dflt_problems() if problems is _HAS_DEFAULT_FACTORY else problems\n  self.ocr=_dflt_ocr() if ocr is _HAS_DEFAULT_FACTORY else ocr\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n  self.hint=hint\n  self.origins=_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins\n return __init__': _f2880f72cf3e6569,
    "def __create_fn__(_type_lines, _type_x0, _type_x1, _type_top, _type_bottom, _type_glyphs, _type_room, _type_words, _type_sharpness, _type_touches_border, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,lines:_type_lines,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,glyphs:_type_glyphs,room:_type_room,words:_type_words,sharpness:_type_sharpness,touches_border:_type_touches_border)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'glyphs',glyphs)\n  __dataclass_builtins_object__.__setattr__(self,'room',room)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n  __dataclass_builtins_object__.__setattr__(self,'sharpness',sharpness)\n  __dataclass_builtins_object__.__setattr__(self,'touches_border',touches_border)\n return __init__": _a3a5c0dfdd875734,
    "def __create_fn__(_type_lo, _type_hi, _type_segments, _type_virtual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_virtual, _return_type):\n def __init__(self,lo:_type_lo,hi:_type_hi,segments:_type_segments,virtual:_type_virtual=_dflt_virtual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lo',lo)\n  __dataclass_builtins_object__.__setattr__(self,'hi',hi)\n  __dataclass_builtins_object__.__setattr__(self,'segments',segments)\n  __dataclass_builtins_object__.__setattr__(self,'virtual',virtual)\n return __init__": _94ab675ccf9b6418,
    "def __create_fn__(_type_max_bytes, _type_jobs, _type_loopback, _type_fetch_timeout, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_bytes, _dflt_jobs, _dflt_loopback, _dflt_fetch_timeout, _return_type):\n def __init__(self,max_bytes:_type_max_bytes=_dflt_max_bytes,jobs:_type_jobs=_dflt_jobs,loopback:_type_loopback=_dflt_loopback,fetch_timeout:_type_fetch_timeout=_dflt_fetch_timeout)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'jobs',jobs)\n  __dataclass_builtins_object__.__setattr__(self,'loopback',loopback)\n  __dataclass_builtins_object__.__setattr__(self,'fetch_timeout',fetch_timeout)\n return __init__": _1915103d7e38ffdb,
    "def __create_fn__(_type_max_pixels, _type_max_side, _type_table_seconds, _type_page_seconds, _type_document_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_max_pixels, _dflt_max_side, _dflt_table_seconds, _dflt_page_seconds, _dflt_document_seconds, _return_type):\n def __init__(self,max_pixels:_type_max_pixels=_dflt_max_pixels,max_side:_type_max_side=_dflt_max_side,table_seconds:_type_table_seconds=_dflt_table_seconds,page_seconds:_type_page_seconds=_dflt_page_seconds,document_seconds:_type_document_seconds=_dflt_document_seconds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'max_pixels',max_pixels)\n  __dataclass_builtins_object__.__setattr__(self,'max_side',max_side)\n  __dataclass_builtins_object__.__setattr__(self,'table_seconds',table_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'page_seconds',page_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'document_seconds',document_seconds)\n return __init__": _e2e98100c4dcdd45,
    "def __create_fn__(_type_name, _type_level, _type_parent, _type_listing_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_parent, _dflt_listing_url, _return_type):\n def __init__(self,name:_type_name,level:_type_level,parent:_type_parent=_dflt_parent,listing_url:_type_listing_url=_dflt_listing_url)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'parent',parent)\n  __dataclass_builtins_object__.__setattr__(self,'listing_url',listing_url)\n return __init__": _f6c65a6d3609f743,
    "def __create_fn__(_type_name, _type_level, _type_parent, _type_year, _type_status, _type_url, _type_published, _type_deadline, _type_days_late, _type_reason, _type_listing_url, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_url, _dflt_published, _dflt_deadline, _dflt_days_late, _dflt_reason, _dflt_listing_url, _return_type):\n def __init__(self,name:_type_name,level:_type_level,parent:_type_parent,year:_type_year,status:_type_status,url:_type_url=_dflt_url,published:_type_published=_dflt_published,deadline:_type_deadline=_dflt_deadline,days_late:_type_days_late=_dflt_days_late,reason:_type_reason=_dflt_reason,listing_url:_type_listing_url=_dflt_listing_url)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'parent',parent)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'deadline',deadline)\n  __dataclass_builtins_object__.__setattr__(self,'days_late',days_late)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n  __dataclass_builtins_object__.__setattr__(self,'listing_url',listing_url)\n return __init__": _0e957e9b02dce52e,
    "def __create_fn__(_type_name, _type_result, _type_note, _type_reader, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_result, _dflt_note, _dflt_reader, _return_type):\n def __init__(self,name:_type_name,result:_type_result=_dflt_result,note:_type_note=_dflt_note,reader:_type_reader=_dflt_reader)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'result',result)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'reader',reader)\n return __init__": _c34bde7617c4bf7a,
    "def __create_fn__(_type_name, _type_shapes, _type_advances, _type_em, _type_pad, _type_base, _type_top, _type_bottom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,shapes:_type_shapes,advances:_type_advances,em:_type_em,pad:_type_pad,base:_type_base,top:_type_top,bottom:_type_bottom)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'shapes',shapes)\n  __dataclass_builtins_object__.__setattr__(self,'advances',advances)\n  __dataclass_builtins_object__.__setattr__(self,'em',em)\n  __dataclass_builtins_object__.__setattr__(self,'pad',pad)\n  __dataclass_builtins_object__.__setattr__(self,'base',base)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n return __init__": _a8afe10f3641df26,
    'def __create_fn__(_type_per_host, _type_delay, _type_concurrency, _type_refetch, _type_respect_robots, _type_processes, _type_time_limit, _type_max_pages, _type_start_method, _type_fetch, _type_lint, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_per_host, _dflt_delay, _dflt_concurrency, _dflt_refetch, _dflt_respect_robots, _dflt_processes, _dflt_time_limit, _dflt_max_pages, _dflt_start_method, _dflt_fetch, _dflt_lint, _return_type):\n def __init__(self,per_host:_type_per_host=_dflt_per_host,delay:_type_delay=_dflt_delay,concurrency:_type_concurrency=_dflt_concurrency,refetch:_type_refetch=_dflt_refetch,respect_robots:_type_respect_robots=_dflt_respect_robots,processes:_type_processes=_dflt_processes,time_limit:_type_time_limit=_dflt_time_limit,max_pages:_type_max_pages=_dflt_max_pages,start_method:_type_start_method=_dflt_start_method,fetch:_type_fetch=_HAS_DEFAULT_FACTORY,lint:_type_lint=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.per_host=per_host\n  self.delay=delay\n  self.concurrency=concurrency\n  self.refetch=refetch\n  self.respect_robots=respect_robots\n  self.processes=processes\n  self.time_limit=time_limit\n  self.max_pages=max_pages\n  self.start_method=start_method\n  self.fetch=_dflt_fetch() if fetch is _HAS_DEFAULT_FACTORY else fetch\n  self.lint=_dflt_lint() if lint is _HAS_DEFAULT_FACTORY else lint\n return __init__': _bb68519ade6266d8,
    "def __create_fn__(_type_queue, _type_documents, _type_reports, _type_errors, _type_warnings, _type_codes, _type_cross_codes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,queue:_type_queue,documents:_type_documents,reports:_type_reports,errors:_type_errors,warnings:_type_warnings,codes:_type_codes,cross_codes:_type_cross_codes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'queue',queue)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n  __dataclass_builtins_object__.__setattr__(self,'reports',reports)\n  __dataclass_builtins_object__.__setattr__(self,'errors',errors)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)\n  __dataclass_builtins_object__.__setattr__(self,'codes',codes)\n  __dataclass_builtins_object__.__setattr__(self,'cross_codes',cross_codes)\n return __init__": _61029b308eecfd19,
    "def __create_fn__(_type_reports, _type_pages, _type_attachments, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,reports:_type_reports,pages:_type_pages,attachments:_type_attachments)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'reports',reports)\n  __dataclass_builtins_object__.__setattr__(self,'pages',pages)\n  __dataclass_builtins_object__.__setattr__(self,'attachments',attachments)\n return __init__": _dbb965488f8da8c7,
    'def __create_fn__(_type_result, _type_name, _type_data, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_data, _dflt_kind, _return_type):\n def __init__(self,result:_type_result,name:_type_name,data:_type_data=_dflt_data,kind:_type_kind=_dflt_kind)->_return_type:\n  self.result=result\n  self.name=name\n  self.data=data\n  self.kind=kind\n return __init__': _148c988a1c9ca1e4,
    "def __create_fn__(_type_row, _type_col, _type_rowspan, _type_colspan, _type_x0, _type_x1, _type_top, _type_bottom, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,row:_type_row,col:_type_col,rowspan:_type_rowspan,colspan:_type_colspan,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'rowspan',rowspan)\n  __dataclass_builtins_object__.__setattr__(self,'colspan',colspan)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n return __init__": _57b78a78857aee2d,
    "def __create_fn__(_type_row, _type_col, _type_rowspan, _type_colspan, _type_x0, _type_x1, _type_top, _type_bottom, _type_kind, _type_text, _type_confidence, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_confidence, _dflt_note, _return_type):\n def __init__(self,row:_type_row,col:_type_col,rowspan:_type_rowspan,colspan:_type_colspan,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,kind:_type_kind,text:_type_text=_dflt_text,confidence:_type_confidence=_dflt_confidence,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'rowspan',rowspan)\n  __dataclass_builtins_object__.__setattr__(self,'colspan',colspan)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__": _e641bfff359b0ed6,
    "def __create_fn__(_type_ruled, _type_columns, _type_rows, _type_cells, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _return_type):\n def __init__(self,ruled:_type_ruled,columns:_type_columns,rows:_type_rows,cells:_type_cells,notes:_type_notes=_dflt_notes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ruled',ruled)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n return __init__": _6ae4be8c083ddfd4,
    "def __create_fn__(_type_source, _type_width, _type_height, _type_lines, _type_tables, _type_complete, _type_notes, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tables, _dflt_complete, _dflt_notes, _dflt_seconds, _return_type):\n def __init__(self,source:_type_source,width:_type_width,height:_type_height,lines:_type_lines,tables:_type_tables=_dflt_tables,complete:_type_complete=_dflt_complete,notes:_type_notes=_dflt_notes,seconds:_type_seconds=_dflt_seconds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'tables',tables)\n  __dataclass_builtins_object__.__setattr__(self,'complete',complete)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n return __init__": _661ae3fa6ef2cbc9,
    "def __create_fn__(_type_source, _type_width, _type_height, _type_ruled, _type_columns, _type_rows, _type_cells, _type_engine, _type_complete, _type_notes, _type_seconds, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_complete, _dflt_notes, _dflt_seconds, _return_type):\n def __init__(self,source:_type_source,width:_type_width,height:_type_height,ruled:_type_ruled,columns:_type_columns,rows:_type_rows,cells:_type_cells,engine:_type_engine,complete:_type_complete=_dflt_complete,notes:_type_notes=_dflt_notes,seconds:_type_seconds=_dflt_seconds)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'height',height)\n  __dataclass_builtins_object__.__setattr__(self,'ruled',ruled)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'engine',engine)\n  __dataclass_builtins_object__.__setattr__(self,'complete',complete)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'seconds',seconds)\n return __init__": _cc9896d7f7288621,
    "def __create_fn__(_type_status, _type_errors, _type_warnings, _type_infos, _type_top, _type_page, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_errors, _dflt_warnings, _dflt_infos, _dflt_top, _dflt_page, _dflt_figures, _return_type):\n def __init__(self,status:_type_status,errors:_type_errors=_dflt_errors,warnings:_type_warnings=_dflt_warnings,infos:_type_infos=_dflt_infos,top:_type_top=_dflt_top,page:_type_page=_dflt_page,figures:_type_figures=_dflt_figures)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'errors',errors)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)\n  __dataclass_builtins_object__.__setattr__(self,'infos',infos)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n  __dataclass_builtins_object__.__setattr__(self,'figures',figures)\n return __init__": _ff6d779ac72d7891,
    "def __create_fn__(_type_text, _type_confidence, _type_look, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_look, _return_type):\n def __init__(self,text:_type_text,confidence:_type_confidence,look:_type_look=_dflt_look)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'look',look)\n return __init__": _97d8469310b174b2,
    "def __create_fn__(_type_text, _type_fit, _type_margin, _type_rival, _type_sign, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sign, _return_type):\n def __init__(self,text:_type_text,fit:_type_fit,margin:_type_margin,rival:_type_rival,sign:_type_sign=_dflt_sign)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'fit',fit)\n  __dataclass_builtins_object__.__setattr__(self,'margin',margin)\n  __dataclass_builtins_object__.__setattr__(self,'rival',rival)\n  __dataclass_builtins_object__.__setattr__(self,'sign',sign)\n return __init__": _fe8412bd0694ff49,
    "def __create_fn__(_type_text, _type_spot, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,spot:_type_spot)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'spot',spot)\n return __init__": _d7c249e44b597d70,
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,confidence:_type_confidence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n return __init__": _55d9dd770ecae441,
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_confidence, _type_row, _type_col, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_row, _dflt_col, _dflt_kind, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,confidence:_type_confidence,row:_type_row=_dflt_row,col:_type_col=_dflt_col,kind:_type_kind=_dflt_kind)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n return __init__": _297c18029731d40b,
    "def __create_fn__(_type_text, _type_x0, _type_x1, _type_top, _type_bottom, _type_loc, _type_confidence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_loc, _dflt_confidence, _return_type):\n def __init__(self,text:_type_text,x0:_type_x0,x1:_type_x1,top:_type_top,bottom:_type_bottom,loc:_type_loc=_dflt_loc,confidence:_type_confidence=_dflt_confidence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'x0',x0)\n  __dataclass_builtins_object__.__setattr__(self,'x1',x1)\n  __dataclass_builtins_object__.__setattr__(self,'top',top)\n  __dataclass_builtins_object__.__setattr__(self,'bottom',bottom)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n return __init__": _e020e5ad57e26b3b,
    "def __create_fn__(_type_url, _type_discovered_from, _type_agency, _type_year, _type_published, _type_is_report, _type_http_status, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_http_status, _return_type):\n def __init__(self,url:_type_url,discovered_from:_type_discovered_from,agency:_type_agency,year:_type_year,published:_type_published,is_report:_type_is_report,http_status:_type_http_status=_dflt_http_status)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'discovered_from',discovered_from)\n  __dataclass_builtins_object__.__setattr__(self,'agency',agency)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'is_report',is_report)\n  __dataclass_builtins_object__.__setattr__(self,'http_status',http_status)\n return __init__": _b7b9e93d55e42414,
    "def __create_fn__(_type_url, _type_kind, _type_discovered_from, _type_state, _type_note, _type_note_zh, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_note_zh, _return_type):\n def __init__(self,url:_type_url,kind:_type_kind,discovered_from:_type_discovered_from,state:_type_state,note:_type_note=_dflt_note,note_zh:_type_note_zh=_dflt_note_zh)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'discovered_from',discovered_from)\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'note_zh',note_zh)\n return __init__": _f2b3d6ee6e09e003,
    'def __create_fn__(_type_value, _type_expression, _type_conversion, _type_format_spec, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,value:_type_value,expression:_type_expression,conversion:_type_conversion,format_spec:_type_format_spec)->_return_type:\n  self.value=value\n  self.expression=expression\n  self.conversion=conversion\n  self.format_spec=format_spec\n return __init__': _a787f30115849024,
    'def __create_fn__(_type_words, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_words, _return_type):\n def __init__(self,words:_type_words=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.words=_dflt_words() if words is _HAS_DEFAULT_FACTORY else words\n return __init__': _720c16445e304381,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'as_of\',\'years\',\'rows\',\'findings\',\'unattributed\',\'queue\',\'documents\',\'reports\',\'roster\',\'pages\',\'lang\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _bcd2c050896e7545,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'body\',\'year\',\'url\',\'code\',\'rule\',\'severity\',\'message\',\'place\',\'across\',\'other_url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _890e0b2c85897e81,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'by_kind\',\'pack\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _a7473b587a914121,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'drawn\',\'pitch\',\'steps\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _faec17a0eb7ed2c2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'face\',\'quality\',\'readings\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ea16d44a20922d15,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'font\',\'size\',\'bank\',\'energy\',\'box\',\'ox\',\'oy\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _f5ea8982609ff4b7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'format_id\',\'gtrid\',\'bqual\',\'prepared\',\'owner\',\'database\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _c740ad8c548d92d2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'g\',\'digit\',\'which\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ef27d4f9c22bb782,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'gray\',\'ink\',\'rules\',\'grid\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _82cf4ba81a419270,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'horizontal\',\'vertical\',\'mask\',\'em\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _967b291f3f5337a5,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'host\',\'items\',\'options\',\'scopes\',\'robots\',\'not_before\',\'known_docs\',\'store\',\'wait\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _772717ce07db7dd4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'host\',\'port\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _dea830f6f4b2d52a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ink\',\'baseline\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _3702a9d16538f4ac,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'cells\',\'level\',\'bold\',\'table\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _8a0ebc92751d99b9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'labels\',\'cells\',\'top\',\'bands\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _e6e8d00d74e8411b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'name\',\'data\',\'url\',\'lang\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _8e6585878fe67772,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'label\',\'x0\',\'x1\',\'words\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _76172d785935f7b0,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'line\',\'column\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _edb5216ee6c92ada,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lines\',\'x0\',\'x1\',\'top\',\'bottom\',\'glyphs\',\'room\',\'words\',\'sharpness\',\'touches_border\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _110d796ef42d24e6,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lo\',\'hi\',\'segments\',\'virtual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _cd82779964b46afa,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'max_bytes\',\'jobs\',\'loopback\',\'fetch_timeout\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _73fbf087b735e78a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'max_pixels\',\'max_side\',\'table_seconds\',\'page_seconds\',\'document_seconds\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1262d6edf28f7a71,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _856ab0f7b1221bea,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'year\',\'status\',\'url\',\'published\',\'deadline\',\'days_late\',\'reason\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _a335b13f9fad8763,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'result\',\'note\',\'reader\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _05897e2fbf497ec0,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'shapes\',\'advances\',\'em\',\'pad\',\'base\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _3576f63f72f20098,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'queue\',\'documents\',\'reports\',\'errors\',\'warnings\',\'codes\',\'cross_codes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ba0e8ac208a44929,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'reports\',\'pages\',\'attachments\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7b8dfec4cad8a223,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',\'kind\',\'text\',\'confidence\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7738aafd0dca0657,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _f04d3dd81015af0f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ruled\',\'columns\',\'rows\',\'cells\',\'notes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _6008e345fe8ece34,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'lines\',\'tables\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _99f71db105ad553b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'ruled\',\'columns\',\'rows\',\'cells\',\'engine\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _c01bef6d4f73ab39,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'status\',\'errors\',\'warnings\',\'infos\',\'top\',\'page\',\'figures\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _0a947c2155ae560e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'confidence\',\'look\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _b4c99e6cb3ac88a3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'fit\',\'margin\',\'rival\',\'sign\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _0bd583df125e8482,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'spot\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _bdba44ee11e48b80,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',\'row\',\'col\',\'kind\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _64d839cd4ad5f163,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _593ec9073cef4e67,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'loc\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _63497377292d73b7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'url\',\'discovered_from\',\'agency\',\'year\',\'published\',\'is_report\',\'http_status\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ffc15b171484a567,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'url\',\'kind\',\'discovered_from\',\'state\',\'note\',\'note_zh\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _0dd50e7baf6adb33,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'as_of\',\'years\',\'rows\',\'findings\',\'unattributed\',\'queue\',\'documents\',\'reports\',\'roster\',\'pages\',\'lang\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _1b5b56ad1427b97c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'body\',\'year\',\'url\',\'code\',\'rule\',\'severity\',\'message\',\'place\',\'across\',\'other_url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _3c0bd02615a5ad21,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'by_kind\',\'pack\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _b3f088d60011a35f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'drawn\',\'pitch\',\'steps\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _4612e88dc75bd25e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'face\',\'quality\',\'readings\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _ba600f26a29dc40c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'font\',\'size\',\'bank\',\'energy\',\'box\',\'ox\',\'oy\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _3b8a700313bc178e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'format_id\',\'gtrid\',\'bqual\',\'prepared\',\'owner\',\'database\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _d16e46619b29d996,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'g\',\'digit\',\'which\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _08d21a79ee4ade08,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'gray\',\'ink\',\'rules\',\'grid\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _e3b89840cf5b08bf,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'horizontal\',\'vertical\',\'mask\',\'em\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _7c6f5088a69cbac1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'host\',\'items\',\'options\',\'scopes\',\'robots\',\'not_before\',\'known_docs\',\'store\',\'wait\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _b41c66fc4a5f98cd,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'host\',\'port\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _8d6d94816724bf71,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ink\',\'baseline\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _6ab4beadf9655edb,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'cells\',\'level\',\'bold\',\'table\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _6179135b8697ef52,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'labels\',\'cells\',\'top\',\'bands\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _b63ab2c43443d8c3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'name\',\'data\',\'url\',\'lang\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _0a84980265d8ddfa,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'label\',\'x0\',\'x1\',\'words\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _d88ff92a9f9d2da3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'line\',\'column\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _fae0813e3d1e48c1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lines\',\'x0\',\'x1\',\'top\',\'bottom\',\'glyphs\',\'room\',\'words\',\'sharpness\',\'touches_border\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _dbca63dbd09a58a9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lo\',\'hi\',\'segments\',\'virtual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _f5d794418aaa1da3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'max_bytes\',\'jobs\',\'loopback\',\'fetch_timeout\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _1963badc9f43104a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'max_pixels\',\'max_side\',\'table_seconds\',\'page_seconds\',\'document_seconds\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _75cc6c511782f517,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _1974e6ed9bb23a81,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'level\',\'parent\',\'year\',\'status\',\'url\',\'published\',\'deadline\',\'days_late\',\'reason\',\'listing_url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _939a970dbfdbd047,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'result\',\'note\',\'reader\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _47de5fb560ed4915,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'shapes\',\'advances\',\'em\',\'pad\',\'base\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _e4c254246c5f6e52,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'queue\',\'documents\',\'reports\',\'errors\',\'warnings\',\'codes\',\'cross_codes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _d545fe2be30c86ab,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'reports\',\'pages\',\'attachments\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _23915ac5b4f7c3ec,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',\'kind\',\'text\',\'confidence\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _39122c7d134b24a4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'row\',\'col\',\'rowspan\',\'colspan\',\'x0\',\'x1\',\'top\',\'bottom\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5fc5145200a78ce1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ruled\',\'columns\',\'rows\',\'cells\',\'notes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _9ed9b5c37b35fe3c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'lines\',\'tables\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _a88bacf549975a50,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'width\',\'height\',\'ruled\',\'columns\',\'rows\',\'cells\',\'engine\',\'complete\',\'notes\',\'seconds\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _c09cb4c3acc6222a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'status\',\'errors\',\'warnings\',\'infos\',\'top\',\'page\',\'figures\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _71d298565e650df1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'confidence\',\'look\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _8e40cb3e825b792d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'fit\',\'margin\',\'rival\',\'sign\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _ab1126712e3f2fa4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'spot\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _73e54d02f32d1c11,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',\'row\',\'col\',\'kind\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _66132fc092a3f2ac,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _39c0cb2b53c789a2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'x0\',\'x1\',\'top\',\'bottom\',\'loc\',\'confidence\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _c056f9207ac4f029,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'url\',\'discovered_from\',\'agency\',\'year\',\'published\',\'is_report\',\'http_status\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _fa518b6b7da20b4d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'url\',\'kind\',\'discovered_from\',\'state\',\'note\',\'note_zh\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _8bf0451ed2fa5c67,
}
