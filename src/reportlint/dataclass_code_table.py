# Generated from the package's dataclasses by `python -m reportlint.generate`: do not edit.
# ruff: noqa

# The methods @dataclass writes for the package's classes, compiled ahead of time (dataclass_code.py)
CREATE_FN = 'b5e32237f6a8254336760f80743ae17a14aae602471c72d729eee4435101fde9'  # the dataclasses._create_fn these texts are what it compiles


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


def _e48d840fadc4f30b():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.holds,self.left,self.right,self.left_terms,self.right_terms,)==(other.holds,other.left,other.right,other.left_terms,other.right_terms,)
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


def _a3a2ef60360efb27():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.info,self.text,self.problems,self.raw,)==(other.info,other.text,other.problems,other.raw,)
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


def _64cbbc5e23f707a9():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.label,self.loc,self.values,)==(other.label,other.loc,other.values,)
  return NotImplemented
 return __eq__


def _16efbaa60fa1f2ce():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.labels,self.capped,self.width,self.longest,)==(other.labels,other.capped,other.width,other.longest,)
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


def _3f6392e5c9e8a946():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,)==(other.loc,other.args,other.where,other.evidence,other.severity,other.other,other.message,)
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


def _695a697032a1c843():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rule,self.text,)==(other.rule,other.text,)
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


def _5e17ec8bd5342eb2():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,)==(other.start,other.end,)
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


def _aa7c514bbdcd8a88():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.encoding,self.reason,)==(other.text,other.encoding,other.reason,)
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


def _757613419247b245():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,)==(other.value,)
  return NotImplemented
 return __eq__


def _2496be2d3e665492():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.widest,self.bare,self.start,)==(other.widest,other.bare,other.start,)
  return NotImplemented
 return __eq__


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


def _a6b8b00d37911aa6():
 def __hash__(self):
  return hash((self.holds,self.left,self.right,self.left_terms,self.right_terms,))
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


def _5bf0f0f13999c4fe():
 def __hash__(self):
  return hash((self.label,self.loc,self.values,))
 return __hash__


def _04952eddd5ba610c():
 def __hash__(self):
  return hash((self.labels,self.capped,self.width,self.longest,))
 return __hash__


def _832ae650978bdd07():
 def __hash__(self):
  return hash((self.line,self.labels,self.values,self.cells,self.index,self.layout,self.tail,self.parts,self.above,self.full,))
 return __hash__


def _ac935922d815cf9c():
 def __hash__(self):
  return hash((self.lines,self.blocks,))
 return __hash__


def _fe2d426201480ecd():
 def __hash__(self):
  return hash((self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,))
 return __hash__


def _403870e8bf75fb18():
 def __hash__(self):
  return hash((self.name,self.is_var,))
 return __hash__


def _93604056a3336adc():
 def __hash__(self):
  return hash((self.name,self.kind,self.encoding,self.sha256,self.url,self.published,self.title,))
 return __hash__


def _689735fd267ea62b():
 def __hash__(self):
  return hash((self.name,self.options,self.args,self.expression,self.across,))
 return __hash__


def _a236dabb88d94332():
 def __hash__(self):
  return hash((self.name,self.parse,self.render,self.read,self.suffixes,self.content_types,self.magic,self.magic_within,self.binary,self.in_folders,))
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


def _49d03094c24d1ad4():
 def __hash__(self):
  return hash((self.raw,self.kind,self.value,self.line,self.column,self.end_column,))
 return __hash__


def _c6874a0b2d7f8a81():
 def __hash__(self):
  return hash((self.raw,self.kind,self.value,self.loc,))
 return __hash__


def _ca763050d04780fd():
 def __hash__(self):
  return hash((self.rule,self.text,))
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


def _b692dcd33296fbef():
 def __hash__(self):
  return hash((self.start,self.end,))
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


def _f59348d881b1d604():
 def __hash__(self):
  return hash((self.text,self.encoding,self.reason,))
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


def _e4f9005454586e37():
 def __hash__(self):
  return hash((self.text,self.start,self.end,))
 return __hash__


def _2f6f10bcf3f04df7():
 def __hash__(self):
  return hash((self.text,self.starts,self.locs,))
 return __hash__


def _5f327e5a70ab857b():
 def __hash__(self):
  return hash((self.type,self.required,self.default,self.doc,))
 return __hash__


def _24d64468b0ebe660():
 def __hash__(self):
  return hash((self.type,self.title,self.body_markers,self.listing_link,self.formats,))
 return __hash__


def _e4592a93700c975a():
 def __hash__(self):
  return hash((self.value,))
 return __hash__


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


def _1097297f6fa493f3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(codes={self.codes!r}, first={self.first!r}, last={self.last!r}, loc={self.loc!r}, used={self.used!r})"
 return __repr__


def _47c884107a3a35ef():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(connect_timeout={self.connect_timeout!r}, read_timeout={self.read_timeout!r}, deadline={self.deadline!r}, retries={self.retries!r}, backoff={self.backoff!r}, max_redirects={self.max_redirects!r}, max_bytes={self.max_bytes!r}, verify_tls={self.verify_tls!r}, cache_dir={self.cache_dir!r}, allow_private={self.allow_private!r}, images={self.images!r})"
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


def _b9c4f3f78f503679():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(holds={self.holds!r}, left={self.left!r}, right={self.right!r}, left_terms={self.left_terms!r}, right_terms={self.right_terms!r})"
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


def _4bf5e719ee1cb416():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(info={self.info!r}, text={self.text!r}, problems={self.problems!r})"
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


def _97f1e5934aa801bf():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, loc={self.loc!r}, values={self.values!r})"
 return __repr__


def _db01087259d8267a():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(labels={self.labels!r}, capped={self.capped!r}, width={self.width!r}, longest={self.longest!r})"
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


def _3897e603fe41f6ce():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(loc={self.loc!r}, args={self.args!r}, where={self.where!r}, evidence={self.evidence!r}, severity={self.severity!r}, other={self.other!r}, message={self.message!r})"
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


def _7ed374af4b26e7a8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, options={self.options!r}, args={self.args!r}, expression={self.expression!r}, across={self.across!r})"
 return __repr__


def _74b103e92722c921():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, parse={self.parse!r}, render={self.render!r}, read={self.read!r}, suffixes={self.suffixes!r}, content_types={self.content_types!r}, magic={self.magic!r}, magic_within={self.magic_within!r}, binary={self.binary!r}, in_folders={self.in_folders!r})"
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


def _456e0505f26de05d():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(plus={self.plus!r}, minus={self.minus!r}, scaled={self.scaled!r}, const={self.const!r}, compare={self.compare!r})"
 return __repr__


def _60c33c09cd5b6085():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(prose={self.prose!r}, spans={self.spans!r})"
 return __repr__


def _6c0a6763be96b702():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, line={self.line!r}, column={self.column!r}, end_column={self.end_column!r})"
 return __repr__


def _d252b9f7c2d51b4f():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, loc={self.loc!r})"
 return __repr__


def _55687a3a844b7781():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rule={self.rule!r}, text={self.text!r})"
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


def _397dd2cdd6376177():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"
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


def _429b06286cf3c3ae():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, encoding={self.encoding!r}, reason={self.reason!r})"
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


def _b8a1d708e45387f3():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, start={self.start!r}, end={self.end!r})"
 return __repr__


def _56f82b72b43badd8():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, starts={self.starts!r}, locs={self.locs!r})"
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


def _8ee94bac4a9eb22c():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r})"
 return __repr__


def _75b771e84b76fb6e():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(widest={self.widest!r}, bare={self.bare!r}, start={self.start!r})"
 return __repr__


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


def _8b2e563cbc980b90(_type_holds, _type_left, _type_right, _type_left_terms, _type_right_terms, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,holds:_type_holds,left:_type_left,right:_type_right,left_terms:_type_left_terms,right_terms:_type_right_terms)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'holds',holds)
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
  __dataclass_builtins_object__.__setattr__(self,'left_terms',left_terms)
  __dataclass_builtins_object__.__setattr__(self,'right_terms',right_terms)
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


def _8ba80b1590be396e(_type_info, _type_text, _type_problems, _type_raw, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_raw, _return_type):
 def __init__(self,info:_type_info,text:_type_text,problems:_type_problems=_dflt_problems,raw:_type_raw=_dflt_raw)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'info',info)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'problems',problems)
  __dataclass_builtins_object__.__setattr__(self,'raw',raw)
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


def _dc68338684eaca9f(_type_key, _type_target, _type_ordinal, _type_matcher, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_matcher, _return_type):
 def __init__(self,key:_type_key,target:_type_target,ordinal:_type_ordinal,matcher:_type_matcher=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'matcher',_dflt_matcher() if matcher is _HAS_DEFAULT_FACTORY else matcher)
 return __init__


def _617e2049df521bc7(_type_label, _type_loc, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _return_type):
 def __init__(self,label:_type_label,loc:_type_loc,values:_type_values=_dflt_values)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'loc',loc)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
 return __init__


def _7f8f2c5a5c17673f(_type_labels, _type_capped, _type_width, _type_longest, _type_offsets, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_offsets, _return_type):
 def __init__(self,labels:_type_labels,capped:_type_capped,width:_type_width,longest:_type_longest,offsets:_type_offsets=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'labels',labels)
  __dataclass_builtins_object__.__setattr__(self,'capped',capped)
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'longest',longest)
  __dataclass_builtins_object__.__setattr__(self,'offsets',_dflt_offsets() if offsets is _HAS_DEFAULT_FACTORY else offsets)
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


def _f5d8a95b4e9e75e9(_type_rule, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,rule:_type_rule,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
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


def _9e6a0de07e5295b6(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,end:_type_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
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


def _53f33ad850963455(_type_text, _type_encoding, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _return_type):
 def __init__(self,text:_type_text,encoding:_type_encoding,reason:_type_reason=_dflt_reason)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
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


def _b347e2232d97a17e(_type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
 return __init__


def _eaac602960edb5f9(_type_widest, _type_bare, _type_start, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_widest, _dflt_bare, _dflt_start, _return_type):
 def __init__(self,widest:_type_widest=_HAS_DEFAULT_FACTORY,bare:_type_bare=_HAS_DEFAULT_FACTORY,start:_type_start=_HAS_DEFAULT_FACTORY)->_return_type:
  self.widest=_dflt_widest() if widest is _HAS_DEFAULT_FACTORY else widest
  self.bare=_dflt_bare() if bare is _HAS_DEFAULT_FACTORY else bare
  self.start=_dflt_start() if start is _HAS_DEFAULT_FACTORY else start
 return __init__


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


def _5c311b6275d3371c(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('holds','left','right','left_terms','right_terms',):
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


def _0832e387a681375d(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('key','target','ordinal','matcher',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _625abec09734daf2(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('label','loc','values',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


def _056ffe8874184ac2(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('labels','capped','width','longest','offsets',):
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


def _346e495ac0514349(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('loc','args','where','evidence','severity','other','message',):
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


def _46d778b66fdddd2d(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rule','text',):
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


def _93cd07a80d0ecdf9(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end',):
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


def _98fb4fffb3be50ba(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','encoding','reason',):
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


def _142f244f0a9c592c(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__


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


def _30076962bf633a92(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('holds','left','right','left_terms','right_terms',):
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


def _04ed9d4c50ab87f3(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('key','target','ordinal','matcher',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _8a94525f6c392142(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('label','loc','values',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


def _ebe06bb3e6acc6db(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('labels','capped','width','longest','offsets',):
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


def _4f8edbc5bd36ff19(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('loc','args','where','evidence','severity','other','message',):
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


def _90837d2534880ef9(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rule','text',):
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


def _0d15d177c7d33e37(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end',):
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


def _7be2dff3b0a2a314(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','encoding','reason',):
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


def _a4b0e26452d5bc96(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__


TEXTS = {
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.cells,)==(other.cells,)\n  return NotImplemented\n return __eq__': _76b31f0b71b5f722,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.cells,self.tokens,)==(other.cells,other.tokens,)\n  return NotImplemented\n return __eq__': _a57ffa554fa70f0c,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.args,self.loc,)==(other.code,other.args,other.loc,)\n  return NotImplemented\n return __eq__': _448c75807a17405b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.name,self.kind,self.severity,self.summary,self.message,self.rationale,self.for_,self.expr,self.options,self.examples,self.cases,self.against,self.applies,)==(other.code,other.name,other.kind,other.severity,other.summary,other.message,other.rationale,other.for_,other.expr,other.options,other.examples,other.cases,other.against,other.applies,)\n  return NotImplemented\n return __eq__': _907b253c3922a358,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.name,self.severity,self.args,self.loc,self.where,self.evidence,)==(other.code,other.name,other.severity,other.args,other.loc,other.where,other.evidence,)\n  return NotImplemented\n return __eq__': _33ab0eab2dba24ad,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.residual,self.coef,)==(other.code,other.residual,other.coef,)\n  return NotImplemented\n return __eq__': _c4ce21031d6256d1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.codes,self.first,self.last,self.loc,self.used,)==(other.codes,other.first,other.last,other.loc,other.used,)\n  return NotImplemented\n return __eq__': _e5de05f7b56def6d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.connect_timeout,self.read_timeout,self.deadline,self.retries,self.backoff,self.max_redirects,self.max_bytes,self.verify_tls,self.cache_dir,self.allow_private,self.images,)==(other.connect_timeout,other.read_timeout,other.deadline,other.retries,other.backoff,other.max_redirects,other.max_bytes,other.verify_tls,other.cache_dir,other.allow_private,other.images,)\n  return NotImplemented\n return __eq__': _68dc809f3eb208d4,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.corpus,self.doc,)==(other.corpus,other.doc,)\n  return NotImplemented\n return __eq__': _8b9a70a34f5778e2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.count,self.span,self.percent,self.percent_span,self.sentence,)==(other.count,other.span,other.percent,other.percent_span,other.sentence,)\n  return NotImplemented\n return __eq__': _b4bfd52caa949996,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.data,self.member,self.texts,)==(other.data,other.member,other.texts,)\n  return NotImplemented\n return __eq__': _22868f3589b41eef,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.enabled,self.engine,self.table_seconds,self.document_seconds,self.progress,)==(other.enabled,other.engine,other.table_seconds,other.document_seconds,other.progress,)\n  return NotImplemented\n return __eq__': _4965f82b67b3157b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.expr,self.env,self.rows,)==(other.expr,other.env,other.rows,)\n  return NotImplemented\n return __eq__': _66821085401493d9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.expr,self.for_,)==(other.expr,other.for_,)\n  return NotImplemented\n return __eq__': _35f5d9e0ab048dd5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.holds,self.left,self.right,self.left_terms,self.right_terms,)==(other.holds,other.left,other.right,other.left_terms,other.right_terms,)\n  return NotImplemented\n return __eq__': _e48d840fadc4f30b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.loc,self.cells,self.rows,self.columns,self.extra_rows,self.row_locs,self.unread_rows,)==(other.id,other.loc,other.cells,other.rows,other.columns,other.extra_rows,other.row_locs,other.unread_rows,)\n  return NotImplemented\n return __eq__': _b1f9bf12f3f25eb5,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.image,self.row,self.col,self.confidence,self.read,self.note,)==(other.image,other.row,other.col,other.confidence,other.read,other.note,)\n  return NotImplemented\n return __eq__': _8ce3a8464bed66b1,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.info,self.text,self.problems,self.raw,)==(other.info,other.text,other.problems,other.raw,)\n  return NotImplemented\n return __eq__': _a3a2ef60360efb27,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.heading,self.match,self.start_line,self.end_line,self.start,self.end,)==(other.key,other.heading,other.match,other.start_line,other.end_line,other.start,other.end,)\n  return NotImplemented\n return __eq__': _d33f90341c204ba2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.label,self.aliases,self.group,self.kind,)==(other.key,other.label,other.aliases,other.group,other.kind,)\n  return NotImplemented\n return __eq__': _92337df7f80ddcda,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.label,self.aliases,self.ordinal,self.group,self.block,self.columns,)==(other.key,other.label,other.aliases,other.ordinal,other.group,other.block,other.columns,)\n  return NotImplemented\n return __eq__': _bba61dfea0ace8a8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.label,self.ordinal,)==(other.key,other.label,other.ordinal,)\n  return NotImplemented\n return __eq__': _5707954e02cabe50,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.ordinal,self.title,self.variants,self.keywords,self.long_forms,self.optional,)==(other.key,other.ordinal,other.title,other.variants,other.keywords,other.long_forms,other.optional,)\n  return NotImplemented\n return __eq__': _79ac0ae1583b9f4d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.pattern,self.label,)==(other.key,other.pattern,other.label,)\n  return NotImplemented\n return __eq__': _a84913d8f8d44bd0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.key,self.target,self.ordinal,)==(other.key,other.target,other.ordinal,)\n  return NotImplemented\n return __eq__': _15076ddd6d14b63c,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.label,self.loc,self.values,)==(other.label,other.loc,other.values,)\n  return NotImplemented\n return __eq__': _64cbbc5e23f707a9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.labels,self.capped,self.width,self.longest,)==(other.labels,other.capped,other.width,other.longest,)\n  return NotImplemented\n return __eq__': _16efbaa60fa1f2ce,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.line,self.labels,self.values,self.cells,self.index,self.layout,self.tail,self.parts,self.above,self.full,)==(other.line,other.labels,other.values,other.cells,other.index,other.layout,other.tail,other.parts,other.above,other.full,)\n  return NotImplemented\n return __eq__': _12330bacf57e42f9,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.blocks,)==(other.lines,other.blocks,)\n  return NotImplemented\n return __eq__': _ecaac2410ec3bcea,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lines,self.info,self.head,self.line_count,self.problems,self.images,self.original,self.markers,self._rows,)==(other.lines,other.info,other.head,other.line_count,other.problems,other.images,other.original,other.markers,other._rows,)\n  return NotImplemented\n return __eq__': _f61e511ac0106c86,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,)==(other.loc,other.args,other.where,other.evidence,other.severity,other.other,other.message,)\n  return NotImplemented\n return __eq__': _3f6392e5c9e8a946,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.is_var,)==(other.name,other.is_var,)\n  return NotImplemented\n return __eq__': _4bb13c41db25c680,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.kind,self.encoding,self.sha256,self.url,self.published,self.title,)==(other.name,other.kind,other.encoding,other.sha256,other.url,other.published,other.title,)\n  return NotImplemented\n return __eq__': _c5caf3580823e3de,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.options,self.args,self.expression,self.across,)==(other.name,other.options,other.args,other.expression,other.across,)\n  return NotImplemented\n return __eq__': _89f3fe1888870684,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.parse,self.render,self.read,self.suffixes,self.content_types,self.magic,self.magic_within,self.binary,self.in_folders,)==(other.name,other.parse,other.render,other.read,other.suffixes,other.content_types,other.magic,other.magic_within,other.binary,other.in_folders,)\n  return NotImplemented\n return __eq__': _44b985afafcdfb46,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.no,self.kind,self.cells,self.md_level,self.exact,)==(other.no,other.kind,other.cells,other.md_level,other.exact,)\n  return NotImplemented\n return __eq__': _696bf7ca68c66c7e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.op,self.left,self.right,)==(other.op,other.left,other.right,)\n  return NotImplemented\n return __eq__': _b68f897bdc72303c,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pack,self.lang,self.color,self.version,)==(other.pack,other.lang,other.color,other.version,)\n  return NotImplemented\n return __eq__': _eb1d82f95fabae3d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.plus,self.minus,self.scaled,self.const,self.compare,)==(other.plus,other.minus,other.scaled,other.const,other.compare,)\n  return NotImplemented\n return __eq__': _1597a1e3e6be99a8,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.prose,self.spans,)==(other.prose,other.spans,)\n  return NotImplemented\n return __eq__': _07f581acf5d1fe9e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.raw,self.kind,self.value,self.line,self.column,self.end_column,)==(other.raw,other.kind,other.value,other.line,other.column,other.end_column,)\n  return NotImplemented\n return __eq__': _e472b035ad8d75ec,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.raw,self.kind,self.value,self.loc,)==(other.raw,other.kind,other.value,other.loc,)\n  return NotImplemented\n return __eq__': _e573c4eadb908c6b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rule,self.text,)==(other.rule,other.text,)\n  return NotImplemented\n return __eq__': _695a697032a1c843,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.says,self.kind,self.documents,self.parents,)==(other.says,other.kind,other.documents,other.parents,)\n  return NotImplemented\n return __eq__': _70dffbd4a46cc685,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.select,self.ignore,)==(other.select,other.ignore,)\n  return NotImplemented\n return __eq__': _2ceb82d55360a274,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.select,self.ignore,self.extend_select,self.per_file_ignores,self.severity,self.fail_level,self.lang,self.rules,self.exclude,self.file,)==(other.select,other.ignore,other.extend_select,other.per_file_ignores,other.severity,other.fail_level,other.lang,other.rules,other.exclude,other.file,)\n  return NotImplemented\n return __eq__': _f4bf12fbf7a9c550,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.selection,self.max_bytes,self.published,self.fetch,self.packs,self.severity,self.debug,self.ocr,)==(other.selection,other.max_bytes,other.published,other.fetch,other.packs,other.severity,other.debug,other.ocr,)\n  return NotImplemented\n return __eq__': _219daaf8619d35fa,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.document,self.findings,self.notes,self.pack,)==(other.source,other.document,other.findings,other.notes,other.pack,)\n  return NotImplemented\n return __eq__': _71abb397f71aee70,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.headings,self.sections,self.paragraphs,self.tables,self.format,self.year,self.agency,self.problems,self.line_count,self.images,self.line_pages,self.markers,self.shape,self.original,self.line_origins,self.notes,self.ocr,self.ocr_missing,)==(other.source,other.headings,other.sections,other.paragraphs,other.tables,other.format,other.year,other.agency,other.problems,other.line_count,other.images,other.line_pages,other.markers,other.shape,other.original,other.line_origins,other.notes,other.ocr,other.ocr_missing,)\n  return NotImplemented\n return __eq__': _1eb82e0ceb2d6a19,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.line,self.column,self.end_line,self.end_column,self.page,)==(other.source,other.line,other.column,other.end_line,other.end_column,other.page,)\n  return NotImplemented\n return __eq__': _36ddcdbddbd71c2e,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,)==(other.start,other.end,)\n  return NotImplemented\n return __eq__': _5e17ec8bd5342eb2,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.row,self.col,self.qual,)==(other.table,other.row,other.col,other.qual,)\n  return NotImplemented\n return __eq__': _4da96a56bd051589,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.row,self.col,self.value,self.qual,)==(other.table,other.row,other.col,other.value,other.qual,)\n  return NotImplemented\n return __eq__': _017ff81ed46efa2b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.row,self.column,self.section,self.paragraph,self.quote,self.heading,self.page,self.docx,self.image,)==(other.table,other.row,other.column,other.section,other.paragraph,other.quote,other.heading,other.page,other.docx,other.image,)\n  return NotImplemented\n return __eq__': _7a73a3d3c00ec984,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.table,self.rows,self.cols,self.qual,)==(other.table,other.rows,other.cols,other.qual,)\n  return NotImplemented\n return __eq__': _b699e32053885066,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.encoding,self.reason,)==(other.text,other.encoding,other.reason,)\n  return NotImplemented\n return __eq__': _aa7c514bbdcd8a88,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.left,self.op,self.right,)==(other.text,other.left,other.op,other.right,)\n  return NotImplemented\n return __eq__': _8ace38ba0175b908,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.loc,)==(other.text,other.loc,)\n  return NotImplemented\n return __eq__': _257a3b29922ee6c0,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.ordinal,self.bold,self.line,self.column,self.end_column,)==(other.text,other.ordinal,other.bold,other.line,other.column,other.end_column,)\n  return NotImplemented\n return __eq__': _e70f83f560845895,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.ordinal,self.system,self.number,self.level,self.loc,)==(other.text,other.ordinal,other.system,other.number,other.level,other.loc,)\n  return NotImplemented\n return __eq__': _fee1680748a4936b,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.start,self.end,)==(other.text,other.start,other.end,)\n  return NotImplemented\n return __eq__': _ff6e0bd93a6e219d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.starts,self.locs,)==(other.text,other.starts,other.locs,)\n  return NotImplemented\n return __eq__': _80a4041d8eff16e3,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.texts,self.first,)==(other.texts,other.first,)\n  return NotImplemented\n return __eq__': _57212d056eccdd0d,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.top,self.bottom,self.left,self.right,self.parts,)==(other.top,other.bottom,other.left,other.right,other.parts,)\n  return NotImplemented\n return __eq__': _e02e770e84def204,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.tpl,self.source,self.cells,self.row_lines,self.extra,self.shape,self.glued,self.glued_rows,self.unread,self.unplaced,self.notes,self.first,self.taken,)==(other.tpl,other.source,other.cells,other.row_lines,other.extra,other.shape,other.glued,other.glued_rows,other.unread,other.unplaced,other.notes,other.first,other.taken,)\n  return NotImplemented\n return __eq__': _d646af4146713473,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.type,self.required,self.default,self.doc,)==(other.type,other.required,other.default,other.doc,)\n  return NotImplemented\n return __eq__': _7737fe5256dc4968,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.type,self.title,self.body_markers,self.listing_link,self.formats,)==(other.type,other.title,other.body_markers,other.listing_link,other.formats,)\n  return NotImplemented\n return __eq__': _9264a5dc61542695,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,)==(other.value,)\n  return NotImplemented\n return __eq__': _757613419247b245,
    'def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.widest,self.bare,self.start,)==(other.widest,other.bare,other.start,)\n  return NotImplemented\n return __eq__': _2496be2d3e665492,
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
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.enabled,self.engine,self.table_seconds,self.document_seconds,self.progress,))\n return __hash__': _7229ab911fef9a29,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.expr,self.env,self.rows,))\n return __hash__': _6663933fa462514f,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.expr,self.for_,))\n return __hash__': _1651565a50bd3975,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.holds,self.left,self.right,self.left_terms,self.right_terms,))\n return __hash__': _a6b8b00d37911aa6,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.loc,self.cells,self.rows,self.columns,self.extra_rows,self.row_locs,self.unread_rows,))\n return __hash__': _22429760b4a2dede,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.image,self.row,self.col,self.confidence,self.read,self.note,))\n return __hash__': _df824efbe3b366d5,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.info,self.text,self.problems,self.raw,))\n return __hash__': _84eeefe01cdeb8e0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.heading,self.match,self.start_line,self.end_line,self.start,self.end,))\n return __hash__': _47a3212e5838bb51,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.label,self.aliases,self.group,self.kind,))\n return __hash__': _1006c2d6e6c790e3,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.label,self.aliases,self.ordinal,self.group,self.block,self.columns,))\n return __hash__': _487613d215358524,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.label,self.ordinal,))\n return __hash__': _93fcd23c53741307,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.ordinal,self.title,self.variants,self.keywords,self.long_forms,self.optional,))\n return __hash__': _3cc5eabf42070d1a,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.pattern,self.label,))\n return __hash__': _a8ccd3a27c5ace20,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.key,self.target,self.ordinal,))\n return __hash__': _29876c589c62aed6,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.label,self.loc,self.values,))\n return __hash__': _5bf0f0f13999c4fe,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.labels,self.capped,self.width,self.longest,))\n return __hash__': _04952eddd5ba610c,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.line,self.labels,self.values,self.cells,self.index,self.layout,self.tail,self.parts,self.above,self.full,))\n return __hash__': _832ae650978bdd07,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.lines,self.blocks,))\n return __hash__': _ac935922d815cf9c,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.loc,self.args,self.where,self.evidence,self.severity,self.other,self.message,))\n return __hash__': _fe2d426201480ecd,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.is_var,))\n return __hash__': _403870e8bf75fb18,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.kind,self.encoding,self.sha256,self.url,self.published,self.title,))\n return __hash__': _93604056a3336adc,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.options,self.args,self.expression,self.across,))\n return __hash__': _689735fd267ea62b,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.name,self.parse,self.render,self.read,self.suffixes,self.content_types,self.magic,self.magic_within,self.binary,self.in_folders,))\n return __hash__': _a236dabb88d94332,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.no,self.kind,self.cells,self.md_level,self.exact,))\n return __hash__': _b76df368ede10805,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.op,self.left,self.right,))\n return __hash__': _db6080c5069bb273,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.pack,self.lang,self.color,self.version,))\n return __hash__': _fc4fbee58cc006e1,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.plus,self.minus,self.scaled,self.const,self.compare,))\n return __hash__': _d4575cbdac9d1ac0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.prose,self.spans,))\n return __hash__': _e4a1650732bcac3d,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.raw,self.kind,self.value,self.line,self.column,self.end_column,))\n return __hash__': _49d03094c24d1ad4,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.raw,self.kind,self.value,self.loc,))\n return __hash__': _c6874a0b2d7f8a81,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.rule,self.text,))\n return __hash__': _ca763050d04780fd,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.says,self.kind,self.documents,self.parents,))\n return __hash__': _592dfc64fee584cb,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.select,self.ignore,))\n return __hash__': _eda8e51031bff1c0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.select,self.ignore,self.extend_select,self.per_file_ignores,self.severity,self.fail_level,self.lang,self.rules,self.exclude,self.file,))\n return __hash__': _a7fad41e54456392,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.selection,self.max_bytes,self.published,self.fetch,self.packs,self.severity,self.debug,self.ocr,))\n return __hash__': _036f24b1c4553ef1,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.document,self.findings,self.notes,self.pack,))\n return __hash__': _5951dc4659b40844,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.headings,self.sections,self.paragraphs,self.tables,self.format,self.year,self.agency,self.problems,self.line_count,self.images,self.line_pages,self.markers,self.shape,self.original,self.line_origins,self.notes,self.ocr,self.ocr_missing,))\n return __hash__': _31c338c160f6430e,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.source,self.line,self.column,self.end_line,self.end_column,self.page,))\n return __hash__': _8c092b79c11f9285,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.start,self.end,))\n return __hash__': _b692dcd33296fbef,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.row,self.col,self.qual,))\n return __hash__': _f7fcfc47760ddabb,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.row,self.col,self.value,self.qual,))\n return __hash__': _9f3ad3e8ea5061f0,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.row,self.column,self.section,self.paragraph,self.quote,self.heading,self.page,self.docx,self.image,))\n return __hash__': _689bbbef2e4b7c14,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.table,self.rows,self.cols,self.qual,))\n return __hash__': _a8a07902ad2e76cb,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.encoding,self.reason,))\n return __hash__': _f59348d881b1d604,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.left,self.op,self.right,))\n return __hash__': _a886ed86c5687b4e,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.loc,))\n return __hash__': _d765aec6474f9488,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.ordinal,self.bold,self.line,self.column,self.end_column,))\n return __hash__': _b15ea9b2a7d2deea,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.ordinal,self.system,self.number,self.level,self.loc,))\n return __hash__': _bcbff71db7e75263,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.start,self.end,))\n return __hash__': _e4f9005454586e37,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.starts,self.locs,))\n return __hash__': _2f6f10bcf3f04df7,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.type,self.required,self.default,self.doc,))\n return __hash__': _5f327e5a70ab857b,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.type,self.title,self.body_markers,self.listing_link,self.formats,))\n return __hash__': _24d64468b0ebe660,
    'def __create_fn__():\n def __hash__(self):\n  return hash((self.value,))\n return __hash__': _e4592a93700c975a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(cells={self.cells!r})"\n return __repr__': _08c97e12278b7ce3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(cells={self.cells!r}, tokens={self.tokens!r})"\n return __repr__': _867560c7152786b2,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, args={self.args!r}, loc={self.loc!r})"\n return __repr__': _7f04233b951ebe3f,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, kind={self.kind!r}, severity={self.severity!r}, summary={self.summary!r}, message={self.message!r}, rationale={self.rationale!r}, for_={self.for_!r}, expr={self.expr!r}, options={self.options!r}, examples={self.examples!r}, cases={self.cases!r}, against={self.against!r}, applies={self.applies!r})"\n return __repr__': _da13b4ade5261f37,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, severity={self.severity!r}, args={self.args!r}, loc={self.loc!r}, where={self.where!r}, evidence={self.evidence!r}, template={self.template!r}, fixes={self.fixes!r}, related={self.related!r})"\n return __repr__': _fd40d36a2dd97905,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, residual={self.residual!r}, coef={self.coef!r})"\n return __repr__': _0af2cc306fa0ecec,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(codes={self.codes!r}, first={self.first!r}, last={self.last!r}, loc={self.loc!r}, used={self.used!r})"\n return __repr__': _1097297f6fa493f3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(connect_timeout={self.connect_timeout!r}, read_timeout={self.read_timeout!r}, deadline={self.deadline!r}, retries={self.retries!r}, backoff={self.backoff!r}, max_redirects={self.max_redirects!r}, max_bytes={self.max_bytes!r}, verify_tls={self.verify_tls!r}, cache_dir={self.cache_dir!r}, allow_private={self.allow_private!r}, images={self.images!r})"\n return __repr__': _47c884107a3a35ef,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(corpus={self.corpus!r}, doc={self.doc!r})"\n return __repr__': _c9a3d037113a27a4,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(count={self.count!r}, span={self.span!r}, percent={self.percent!r}, percent_span={self.percent_span!r}, sentence={self.sentence!r})"\n return __repr__': _6af83a3d25e0a1a6,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(data={self.data!r}, member={self.member!r}, texts={self.texts!r})"\n return __repr__': _c7aa35488fbe93fc,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(enabled={self.enabled!r}, engine={self.engine!r}, table_seconds={self.table_seconds!r}, document_seconds={self.document_seconds!r}, progress={self.progress!r})"\n return __repr__': _12b72e0cc606de8b,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(expr={self.expr!r}, env={self.env!r}, rows={self.rows!r})"\n return __repr__': _ec01067a90f2e271,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(expr={self.expr!r}, for_={self.for_!r})"\n return __repr__': _5e05f685779b4aec,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(holds={self.holds!r}, left={self.left!r}, right={self.right!r}, left_terms={self.left_terms!r}, right_terms={self.right_terms!r})"\n return __repr__': _b9c4f3f78f503679,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, loc={self.loc!r}, cells={self.cells!r}, rows={self.rows!r}, columns={self.columns!r}, extra_rows={self.extra_rows!r}, row_locs={self.row_locs!r}, unread_rows={self.unread_rows!r})"\n return __repr__': _775be243124dfa69,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, section={self.section!r}, layout={self.layout!r}, columns={self.columns!r}, rows={self.rows!r}, groups={self.groups!r})"\n return __repr__': _ce515a2297657587,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(image={self.image!r}, row={self.row!r}, col={self.col!r}, confidence={self.confidence!r}, read={self.read!r}, note={self.note!r})"\n return __repr__': _3c7c38afe46c4b0e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(info={self.info!r}, text={self.text!r}, problems={self.problems!r})"\n return __repr__': _4bf5e719ee1cb416,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, heading={self.heading!r}, match={self.match!r}, start_line={self.start_line!r}, end_line={self.end_line!r}, start={self.start!r}, end={self.end!r})"\n return __repr__': _5f89860994bb2883,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, aliases={self.aliases!r}, group={self.group!r}, kind={self.kind!r})"\n return __repr__': _bea0b246ca82a49a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, aliases={self.aliases!r}, ordinal={self.ordinal!r}, group={self.group!r}, block={self.block!r}, columns={self.columns!r})"\n return __repr__': _95a908a41e8f38fd,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, label={self.label!r}, ordinal={self.ordinal!r})"\n return __repr__': _a3aff71c955cf6a0,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, ordinal={self.ordinal!r}, title={self.title!r}, variants={self.variants!r}, keywords={self.keywords!r}, long_forms={self.long_forms!r}, optional={self.optional!r})"\n return __repr__': _6a8593e65fc5e69d,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, pattern={self.pattern!r}, label={self.label!r})"\n return __repr__': _4f204c80fe7a99f5,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(key={self.key!r}, target={self.target!r}, ordinal={self.ordinal!r})"\n return __repr__': _e4f397c9b079d837,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(label={self.label!r}, loc={self.loc!r}, values={self.values!r})"\n return __repr__': _97f1e5934aa801bf,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(labels={self.labels!r}, capped={self.capped!r}, width={self.width!r}, longest={self.longest!r})"\n return __repr__': _db01087259d8267a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(line={self.line!r}, labels={self.labels!r}, values={self.values!r}, cells={self.cells!r}, index={self.index!r}, layout={self.layout!r}, tail={self.tail!r}, parts={self.parts!r}, above={self.above!r}, full={self.full!r})"\n return __repr__': _396104e6f901e23f,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, blocks={self.blocks!r})"\n return __repr__': _dfc6e48134d7023b,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lines={self.lines!r}, info={self.info!r}, head={self.head!r}, line_count={self.line_count!r}, problems={self.problems!r}, images={self.images!r}, original={self.original!r}, markers={self.markers!r})"\n return __repr__': _62b94cc6d02c1cba,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(loc={self.loc!r}, args={self.args!r}, where={self.where!r}, evidence={self.evidence!r}, severity={self.severity!r}, other={self.other!r}, message={self.message!r})"\n return __repr__': _3897e603fe41f6ce,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, format={self.format!r}, title={self.title!r}, format_markers={self.format_markers!r}, sections={self.sections!r}, tables={self.tables!r}, rules={self.rules!r}, path={self.path!r}, report={self.report!r}, bodies={self.bodies!r}, diagnosis={self.diagnosis!r})"\n return __repr__': _fb9a7d4c3b8d6bf8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, is_var={self.is_var!r})"\n return __repr__': _2a4f28901f5ec8cc,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, kind={self.kind!r}, encoding={self.encoding!r}, sha256={self.sha256!r}, url={self.url!r}, published={self.published!r}, title={self.title!r})"\n return __repr__': _56fb34bf1314cd7b,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, options={self.options!r}, args={self.args!r}, expression={self.expression!r}, across={self.across!r})"\n return __repr__': _7ed374af4b26e7a8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, parse={self.parse!r}, render={self.render!r}, read={self.read!r}, suffixes={self.suffixes!r}, content_types={self.content_types!r}, magic={self.magic!r}, magic_within={self.magic_within!r}, binary={self.binary!r}, in_folders={self.in_folders!r})"\n return __repr__': _74b103e92722c921,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(no={self.no!r}, kind={self.kind!r}, cells={self.cells!r}, md_level={self.md_level!r}, exact={self.exact!r})"\n return __repr__': _f686ac9c379c234c,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(op={self.op!r}, left={self.left!r}, right={self.right!r})"\n return __repr__': _9d2adf0a11af6cc3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pack={self.pack!r}, lang={self.lang!r}, color={self.color!r}, version={self.version!r})"\n return __repr__': _159a01552682776e,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(plus={self.plus!r}, minus={self.minus!r}, scaled={self.scaled!r}, const={self.const!r}, compare={self.compare!r})"\n return __repr__': _456e0505f26de05d,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(prose={self.prose!r}, spans={self.spans!r})"\n return __repr__': _60c33c09cd5b6085,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, line={self.line!r}, column={self.column!r}, end_column={self.end_column!r})"\n return __repr__': _6c0a6763be96b702,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(raw={self.raw!r}, kind={self.kind!r}, value={self.value!r}, loc={self.loc!r})"\n return __repr__': _d252b9f7c2d51b4f,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rule={self.rule!r}, text={self.text!r})"\n return __repr__': _55687a3a844b7781,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(says={self.says!r}, kind={self.kind!r}, documents={self.documents!r}, parents={self.parents!r})"\n return __repr__': _b1f7af3498422374,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(select={self.select!r}, ignore={self.ignore!r})"\n return __repr__': _498118111ed03dec,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(select={self.select!r}, ignore={self.ignore!r}, extend_select={self.extend_select!r}, per_file_ignores={self.per_file_ignores!r}, severity={self.severity!r}, fail_level={self.fail_level!r}, lang={self.lang!r}, rules={self.rules!r}, exclude={self.exclude!r}, file={self.file!r}, origins={self.origins!r})"\n return __repr__': _0d19aec500a6cfaa,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(selection={self.selection!r}, max_bytes={self.max_bytes!r}, published={self.published!r}, fetch={self.fetch!r}, packs={self.packs!r}, severity={self.severity!r}, debug={self.debug!r}, ocr={self.ocr!r})"\n return __repr__': _237d01d762fa8d27,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, document={self.document!r}, findings={self.findings!r}, notes={self.notes!r}, pack={self.pack!r})"\n return __repr__': _f483d5ceee85538c,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, headings={self.headings!r}, sections={self.sections!r}, paragraphs={self.paragraphs!r}, tables={self.tables!r}, format={self.format!r}, year={self.year!r}, agency={self.agency!r}, problems={self.problems!r}, line_count={self.line_count!r}, images={self.images!r}, line_pages={self.line_pages!r}, markers={self.markers!r}, shape={self.shape!r}, original={self.original!r}, line_origins={self.line_origins!r}, notes={self.notes!r}, ocr={self.ocr!r}, ocr_missing={self.ocr_missing!r})"\n return __repr__': _e8b801b276c0760d,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, line={self.line!r}, column={self.column!r}, end_line={self.end_line!r}, end_column={self.end_column!r}, page={self.page!r})"\n return __repr__': _9fe1da9e6dd01810,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r})"\n return __repr__': _397dd2cdd6376177,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, col={self.col!r}, qual={self.qual!r})"\n return __repr__': _093db60b4b20db4a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, col={self.col!r}, value={self.value!r}, qual={self.qual!r})"\n return __repr__': _3d053425e4bd7409,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, row={self.row!r}, column={self.column!r}, section={self.section!r}, paragraph={self.paragraph!r}, quote={self.quote!r}, heading={self.heading!r}, page={self.page!r}, docx={self.docx!r}, image={self.image!r})"\n return __repr__': _1ba5f7b1f1635607,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(table={self.table!r}, rows={self.rows!r}, cols={self.cols!r}, qual={self.qual!r})"\n return __repr__': _8aac4ac3e97583d7,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, encoding={self.encoding!r}, reason={self.reason!r})"\n return __repr__': _429b06286cf3c3ae,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, left={self.left!r}, op={self.op!r}, right={self.right!r})"\n return __repr__': _40e061bbb0195fad,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, loc={self.loc!r})"\n return __repr__': _8f3d2102a2fa096f,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, ordinal={self.ordinal!r}, bold={self.bold!r}, line={self.line!r}, column={self.column!r}, end_column={self.end_column!r})"\n return __repr__': _f41aeae2280f8562,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, ordinal={self.ordinal!r}, system={self.system!r}, number={self.number!r}, level={self.level!r}, loc={self.loc!r})"\n return __repr__': _32ae9d4a97529f0a,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, start={self.start!r}, end={self.end!r})"\n return __repr__': _b8a1d708e45387f3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, starts={self.starts!r}, locs={self.locs!r})"\n return __repr__': _56f82b72b43badd8,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(texts={self.texts!r}, first={self.first!r})"\n return __repr__': _2a9dd5ec8927a4e0,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(top={self.top!r}, bottom={self.bottom!r}, left={self.left!r}, right={self.right!r}, parts={self.parts!r})"\n return __repr__': _ff17eec4bdbbdd29,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(tpl={self.tpl!r}, source={self.source!r}, cells={self.cells!r}, row_lines={self.row_lines!r}, extra={self.extra!r}, shape={self.shape!r}, glued={self.glued!r}, glued_rows={self.glued_rows!r}, unread={self.unread!r}, unplaced={self.unplaced!r}, notes={self.notes!r}, first={self.first!r}, taken={self.taken!r})"\n return __repr__': _b467963c959834e3,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(type={self.type!r}, required={self.required!r}, default={self.default!r}, doc={self.doc!r})"\n return __repr__': _38cc5684129d50bd,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(type={self.type!r}, title={self.title!r}, body_markers={self.body_markers!r}, listing_link={self.listing_link!r}, formats={self.formats!r})"\n return __repr__': _ecfb6daa0f0b2ddf,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r})"\n return __repr__': _8ee94bac4a9eb22c,
    'def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(widest={self.widest!r}, bare={self.bare!r}, start={self.start!r})"\n return __repr__': _75b771e84b76fb6e,
    "def __create_fn__(_type_cells, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,cells:_type_cells)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n return __init__": _233e2ace59106990,
    "def __create_fn__(_type_cells, _type_tokens, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,cells:_type_cells,tokens:_type_tokens)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'tokens',tokens)\n return __init__": _9894bc58885a4ea6,
    "def __create_fn__(_type_code, _type_args, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,code:_type_code,args:_type_args,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _d449947fedd94df3,
    "def __create_fn__(_type_code, _type_name, _type_kind, _type_severity, _type_summary, _type_message, _type_rationale, _type_for_, _type_expr, _type_options, _type_examples, _type_cases, _type_against, _type_applies, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_for_, _dflt_expr, _dflt_options, _dflt_examples, _dflt_cases, _dflt_against, _dflt_applies, _return_type):\n def __init__(self,code:_type_code,name:_type_name,kind:_type_kind,severity:_type_severity,summary:_type_summary,message:_type_message,rationale:_type_rationale,for_:_type_for_=_HAS_DEFAULT_FACTORY,expr:_type_expr=_dflt_expr,options:_type_options=_HAS_DEFAULT_FACTORY,examples:_type_examples=_HAS_DEFAULT_FACTORY,cases:_type_cases=_HAS_DEFAULT_FACTORY,against:_type_against=_dflt_against,applies:_type_applies=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'summary',summary)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'rationale',rationale)\n  __dataclass_builtins_object__.__setattr__(self,'for_',_dflt_for_() if for_ is _HAS_DEFAULT_FACTORY else for_)\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'options',_dflt_options() if options is _HAS_DEFAULT_FACTORY else options)\n  __dataclass_builtins_object__.__setattr__(self,'examples',_dflt_examples() if examples is _HAS_DEFAULT_FACTORY else examples)\n  __dataclass_builtins_object__.__setattr__(self,'cases',_dflt_cases() if cases is _HAS_DEFAULT_FACTORY else cases)\n  __dataclass_builtins_object__.__setattr__(self,'against',against)\n  __dataclass_builtins_object__.__setattr__(self,'applies',_dflt_applies() if applies is _HAS_DEFAULT_FACTORY else applies)\n return __init__": _ca5d4b3bbf3d8d13,
    "def __create_fn__(_type_code, _type_name, _type_severity, _type_args, _type_loc, _type_where, _type_evidence, _type_template, _type_fixes, _type_related, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _dflt_evidence, _dflt_template, _dflt_fixes, _dflt_related, _return_type):\n def __init__(self,code:_type_code,name:_type_name,severity:_type_severity,args:_type_args,loc:_type_loc,where:_type_where=_HAS_DEFAULT_FACTORY,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,template:_type_template=_dflt_template,fixes:_type_fixes=_dflt_fixes,related:_type_related=_dflt_related)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence)\n  __dataclass_builtins_object__.__setattr__(self,'template',template)\n  __dataclass_builtins_object__.__setattr__(self,'fixes',fixes)\n  __dataclass_builtins_object__.__setattr__(self,'related',related)\n return __init__": _5b52ed8446af5953,
    "def __create_fn__(_type_code, _type_residual, _type_coef, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,code:_type_code,residual:_type_residual,coef:_type_coef)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'code',code)\n  __dataclass_builtins_object__.__setattr__(self,'residual',residual)\n  __dataclass_builtins_object__.__setattr__(self,'coef',coef)\n return __init__": _f2bd0e8f00a287fa,
    'def __create_fn__(_type_codes, _type_first, _type_last, _type_loc, _type_used, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_used, _return_type):\n def __init__(self,codes:_type_codes,first:_type_first,last:_type_last,loc:_type_loc,used:_type_used=_dflt_used)->_return_type:\n  self.codes=codes\n  self.first=first\n  self.last=last\n  self.loc=loc\n  self.used=used\n return __init__': _fccae93be8c815cd,
    "def __create_fn__(_type_connect_timeout, _type_read_timeout, _type_deadline, _type_retries, _type_backoff, _type_max_redirects, _type_max_bytes, _type_verify_tls, _type_cache_dir, _type_allow_private, _type_images, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_connect_timeout, _dflt_read_timeout, _dflt_deadline, _dflt_retries, _dflt_backoff, _dflt_max_redirects, _dflt_max_bytes, _dflt_verify_tls, _dflt_cache_dir, _dflt_allow_private, _dflt_images, _return_type):\n def __init__(self,connect_timeout:_type_connect_timeout=_dflt_connect_timeout,read_timeout:_type_read_timeout=_dflt_read_timeout,deadline:_type_deadline=_dflt_deadline,retries:_type_retries=_dflt_retries,backoff:_type_backoff=_dflt_backoff,max_redirects:_type_max_redirects=_dflt_max_redirects,max_bytes:_type_max_bytes=_dflt_max_bytes,verify_tls:_type_verify_tls=_dflt_verify_tls,cache_dir:_type_cache_dir=_dflt_cache_dir,allow_private:_type_allow_private=_dflt_allow_private,images:_type_images=_dflt_images)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'connect_timeout',connect_timeout)\n  __dataclass_builtins_object__.__setattr__(self,'read_timeout',read_timeout)\n  __dataclass_builtins_object__.__setattr__(self,'deadline',deadline)\n  __dataclass_builtins_object__.__setattr__(self,'retries',retries)\n  __dataclass_builtins_object__.__setattr__(self,'backoff',backoff)\n  __dataclass_builtins_object__.__setattr__(self,'max_redirects',max_redirects)\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'verify_tls',verify_tls)\n  __dataclass_builtins_object__.__setattr__(self,'cache_dir',cache_dir)\n  __dataclass_builtins_object__.__setattr__(self,'allow_private',allow_private)\n  __dataclass_builtins_object__.__setattr__(self,'images',images)\n return __init__": _94eccb1d7b6d5e07,
    "def __create_fn__(_type_corpus, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,corpus:_type_corpus,doc:_type_doc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'corpus',corpus)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n return __init__": _76f34459d51201c5,
    "def __create_fn__(_type_count, _type_span, _type_percent, _type_percent_span, _type_sentence, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_percent, _dflt_percent_span, _dflt_sentence, _return_type):\n def __init__(self,count:_type_count,span:_type_span,percent:_type_percent=_dflt_percent,percent_span:_type_percent_span=_dflt_percent_span,sentence:_type_sentence=_dflt_sentence)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'count',count)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'percent',percent)\n  __dataclass_builtins_object__.__setattr__(self,'percent_span',percent_span)\n  __dataclass_builtins_object__.__setattr__(self,'sentence',sentence)\n return __init__": _85968e54434b02af,
    "def __create_fn__(_type_data, _type_member, _type_texts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,data:_type_data,member:_type_member,texts:_type_texts)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'data',data)\n  __dataclass_builtins_object__.__setattr__(self,'member',member)\n  __dataclass_builtins_object__.__setattr__(self,'texts',texts)\n return __init__": _a83632551bcf413b,
    "def __create_fn__(_type_enabled, _type_engine, _type_table_seconds, _type_document_seconds, _type_progress, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_enabled, _dflt_engine, _dflt_table_seconds, _dflt_document_seconds, _dflt_progress, _return_type):\n def __init__(self,enabled:_type_enabled=_dflt_enabled,engine:_type_engine=_dflt_engine,table_seconds:_type_table_seconds=_dflt_table_seconds,document_seconds:_type_document_seconds=_dflt_document_seconds,progress:_type_progress=_dflt_progress)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'enabled',enabled)\n  __dataclass_builtins_object__.__setattr__(self,'engine',engine)\n  __dataclass_builtins_object__.__setattr__(self,'table_seconds',table_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'document_seconds',document_seconds)\n  __dataclass_builtins_object__.__setattr__(self,'progress',progress)\n return __init__": _ffcfa32ce37ccec8,
    "def __create_fn__(_type_expr, _type_env, _type_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,expr:_type_expr,env:_type_env,rows:_type_rows)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'env',env)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n return __init__": _6d880579082682ef,
    "def __create_fn__(_type_expr, _type_for_, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,expr:_type_expr,for_:_type_for_)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'expr',expr)\n  __dataclass_builtins_object__.__setattr__(self,'for_',for_)\n return __init__": _49c0b01a50fd960e,
    "def __create_fn__(_type_holds, _type_left, _type_right, _type_left_terms, _type_right_terms, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,holds:_type_holds,left:_type_left,right:_type_right,left_terms:_type_left_terms,right_terms:_type_right_terms)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'holds',holds)\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'right',right)\n  __dataclass_builtins_object__.__setattr__(self,'left_terms',left_terms)\n  __dataclass_builtins_object__.__setattr__(self,'right_terms',right_terms)\n return __init__": _8b2e563cbc980b90,
    "def __create_fn__(_type_id, _type_loc, _type_cells, _type_rows, _type_columns, _type_extra_rows, _type_row_locs, _type_unread_rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra_rows, _dflt_row_locs, _dflt_unread_rows, _return_type):\n def __init__(self,id:_type_id,loc:_type_loc,cells:_type_cells,rows:_type_rows,columns:_type_columns,extra_rows:_type_extra_rows=_dflt_extra_rows,row_locs:_type_row_locs=_HAS_DEFAULT_FACTORY,unread_rows:_type_unread_rows=_dflt_unread_rows)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'extra_rows',extra_rows)\n  __dataclass_builtins_object__.__setattr__(self,'row_locs',_dflt_row_locs() if row_locs is _HAS_DEFAULT_FACTORY else row_locs)\n  __dataclass_builtins_object__.__setattr__(self,'unread_rows',unread_rows)\n return __init__": _6096fdffcca81628,
    "def __create_fn__(_type_id, _type_title, _type_section, _type_layout, _type_columns, _type_rows, _type_groups, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_groups, _return_type):\n def __init__(self,id:_type_id,title:_type_title,section:_type_section,layout:_type_layout,columns:_type_columns,rows:_type_rows,groups:_type_groups=_dflt_groups)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'section',section)\n  __dataclass_builtins_object__.__setattr__(self,'layout',layout)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'groups',groups)\n return __init__": _aeba21eed04620e2,
    "def __create_fn__(_type_image, _type_row, _type_col, _type_confidence, _type_read, _type_note, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_note, _return_type):\n def __init__(self,image:_type_image,row:_type_row,col:_type_col,confidence:_type_confidence,read:_type_read=_dflt_read,note:_type_note=_dflt_note)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'image',image)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',confidence)\n  __dataclass_builtins_object__.__setattr__(self,'read',read)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n return __init__": _3e9cef4c2c527869,
    "def __create_fn__(_type_info, _type_text, _type_problems, _type_raw, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_raw, _return_type):\n def __init__(self,info:_type_info,text:_type_text,problems:_type_problems=_dflt_problems,raw:_type_raw=_dflt_raw)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'info',info)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'problems',problems)\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n return __init__": _8ba80b1590be396e,
    "def __create_fn__(_type_key, _type_heading, _type_match, _type_start_line, _type_end_line, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_start, _dflt_end, _return_type):\n def __init__(self,key:_type_key,heading:_type_heading,match:_type_match,start_line:_type_start_line,end_line:_type_end_line,start:_type_start=_dflt_start,end:_type_end=_dflt_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'heading',heading)\n  __dataclass_builtins_object__.__setattr__(self,'match',match)\n  __dataclass_builtins_object__.__setattr__(self,'start_line',start_line)\n  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__": _9a763248579da4cb,
    "def __create_fn__(_type_key, _type_label, _type_aliases, _type_group, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_group, _dflt_kind, _return_type):\n def __init__(self,key:_type_key,label:_type_label,aliases:_type_aliases=_dflt_aliases,group:_type_group=_dflt_group,kind:_type_kind=_dflt_kind)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n return __init__": _a268bef16c047af1,
    "def __create_fn__(_type_key, _type_label, _type_aliases, _type_ordinal, _type_group, _type_block, _type_columns, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_aliases, _dflt_ordinal, _dflt_group, _dflt_block, _dflt_columns, _return_type):\n def __init__(self,key:_type_key,label:_type_label,aliases:_type_aliases=_dflt_aliases,ordinal:_type_ordinal=_dflt_ordinal,group:_type_group=_dflt_group,block:_type_block=_dflt_block,columns:_type_columns=_dflt_columns)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'aliases',aliases)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'block',block)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n return __init__": _ee05d1e51997c64f,
    "def __create_fn__(_type_key, _type_label, _type_ordinal, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_ordinal, _return_type):\n def __init__(self,key:_type_key,label:_type_label,ordinal:_type_ordinal=_dflt_ordinal)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n return __init__": _450bd02d7437af28,
    "def __create_fn__(_type_key, _type_ordinal, _type_title, _type_variants, _type_keywords, _type_long_forms, _type_optional, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_variants, _dflt_keywords, _dflt_long_forms, _dflt_optional, _return_type):\n def __init__(self,key:_type_key,ordinal:_type_ordinal,title:_type_title,variants:_type_variants=_dflt_variants,keywords:_type_keywords=_dflt_keywords,long_forms:_type_long_forms=_dflt_long_forms,optional:_type_optional=_dflt_optional)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'variants',variants)\n  __dataclass_builtins_object__.__setattr__(self,'keywords',keywords)\n  __dataclass_builtins_object__.__setattr__(self,'long_forms',long_forms)\n  __dataclass_builtins_object__.__setattr__(self,'optional',optional)\n return __init__": _6c023d8307334fb0,
    "def __create_fn__(_type_key, _type_pattern, _type_label, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,key:_type_key,pattern:_type_pattern,label:_type_label)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n return __init__": _4a974e8b6d806812,
    "def __create_fn__(_type_key, _type_target, _type_ordinal, _type_matcher, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_matcher, _return_type):\n def __init__(self,key:_type_key,target:_type_target,ordinal:_type_ordinal,matcher:_type_matcher=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'key',key)\n  __dataclass_builtins_object__.__setattr__(self,'target',target)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'matcher',_dflt_matcher() if matcher is _HAS_DEFAULT_FACTORY else matcher)\n return __init__": _dc68338684eaca9f,
    "def __create_fn__(_type_label, _type_loc, _type_values, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_values, _return_type):\n def __init__(self,label:_type_label,loc:_type_loc,values:_type_values=_dflt_values)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n return __init__": _617e2049df521bc7,
    "def __create_fn__(_type_labels, _type_capped, _type_width, _type_longest, _type_offsets, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_offsets, _return_type):\n def __init__(self,labels:_type_labels,capped:_type_capped,width:_type_width,longest:_type_longest,offsets:_type_offsets=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'labels',labels)\n  __dataclass_builtins_object__.__setattr__(self,'capped',capped)\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'longest',longest)\n  __dataclass_builtins_object__.__setattr__(self,'offsets',_dflt_offsets() if offsets is _HAS_DEFAULT_FACTORY else offsets)\n return __init__": _7f8f2c5a5c17673f,
    "def __create_fn__(_type_line, _type_labels, _type_values, _type_cells, _type_index, _type_layout, _type_tail, _type_parts, _type_above, _type_full, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_index, _dflt_layout, _dflt_tail, _dflt_parts, _dflt_above, _dflt_full, _return_type):\n def __init__(self,line:_type_line,labels:_type_labels,values:_type_values,cells:_type_cells,index:_type_index=_dflt_index,layout:_type_layout=_dflt_layout,tail:_type_tail=_dflt_tail,parts:_type_parts=_dflt_parts,above:_type_above=_dflt_above,full:_type_full=_dflt_full)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'labels',labels)\n  __dataclass_builtins_object__.__setattr__(self,'values',values)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'index',index)\n  __dataclass_builtins_object__.__setattr__(self,'layout',layout)\n  __dataclass_builtins_object__.__setattr__(self,'tail',tail)\n  __dataclass_builtins_object__.__setattr__(self,'parts',parts)\n  __dataclass_builtins_object__.__setattr__(self,'above',above)\n  __dataclass_builtins_object__.__setattr__(self,'full',full)\n return __init__": _4d96c9bed03cf864,
    "def __create_fn__(_type_lines, _type_blocks, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lines, _dflt_blocks, _return_type):\n def __init__(self,lines:_type_lines=_dflt_lines,blocks:_type_blocks=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lines',lines)\n  __dataclass_builtins_object__.__setattr__(self,'blocks',_dflt_blocks() if blocks is _HAS_DEFAULT_FACTORY else blocks)\n return __init__": _2dc9fca955b2ea3c,
    'def __create_fn__(_type_lines, _type_info, _type_head, _type_line_count, _type_problems, _type_images, _type_original, _type_markers, _type__rows, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_images, _dflt_original, _dflt_markers, _dflt__rows, _return_type):\n def __init__(self,lines:_type_lines,info:_type_info,head:_type_head,line_count:_type_line_count,problems:_type_problems=_dflt_problems,images:_type_images=_dflt_images,original:_type_original=_dflt_original,markers:_type_markers=_dflt_markers,_rows:_type__rows=_dflt__rows)->_return_type:\n  self.lines=lines\n  self.info=info\n  self.head=head\n  self.line_count=line_count\n  self.problems=problems\n  self.images=images\n  self.original=original\n  self.markers=markers\n  self._rows=_rows\n return __init__': _7e43745679279a45,
    "def __create_fn__(_type_loc, _type_args, _type_where, _type_evidence, _type_severity, _type_other, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_where, _dflt_evidence, _dflt_severity, _dflt_other, _dflt_message, _return_type):\n def __init__(self,loc:_type_loc,args:_type_args,where:_type_where=_HAS_DEFAULT_FACTORY,evidence:_type_evidence=_HAS_DEFAULT_FACTORY,severity:_type_severity=_dflt_severity,other:_type_other=_dflt_other,message:_type_message=_dflt_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'where',_dflt_where() if where is _HAS_DEFAULT_FACTORY else where)\n  __dataclass_builtins_object__.__setattr__(self,'evidence',_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'other',other)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__": _e019f16977d58d6d,
    "def __create_fn__(_type_name, _type_format, _type_title, _type_format_markers, _type_sections, _type_tables, _type_rules, _type_path, _type_report, _type_bodies, _type_diagnosis, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_report, _dflt_bodies, _dflt_diagnosis, _return_type):\n def __init__(self,name:_type_name,format:_type_format,title:_type_title,format_markers:_type_format_markers,sections:_type_sections,tables:_type_tables,rules:_type_rules,path:_type_path,report:_type_report=_dflt_report,bodies:_type_bodies=_dflt_bodies,diagnosis:_type_diagnosis=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'format',format)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'format_markers',format_markers)\n  __dataclass_builtins_object__.__setattr__(self,'sections',sections)\n  __dataclass_builtins_object__.__setattr__(self,'tables',tables)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'report',report)\n  __dataclass_builtins_object__.__setattr__(self,'bodies',bodies)\n  __dataclass_builtins_object__.__setattr__(self,'diagnosis',_dflt_diagnosis() if diagnosis is _HAS_DEFAULT_FACTORY else diagnosis)\n return __init__": _4717fb23828c1476,
    "def __create_fn__(_type_name, _type_is_var, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,name:_type_name,is_var:_type_is_var)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'is_var',is_var)\n return __init__": _ad1a9db790fe23ad,
    "def __create_fn__(_type_name, _type_kind, _type_encoding, _type_sha256, _type_url, _type_published, _type_title, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_encoding, _dflt_sha256, _dflt_url, _dflt_published, _dflt_title, _return_type):\n def __init__(self,name:_type_name,kind:_type_kind,encoding:_type_encoding=_dflt_encoding,sha256:_type_sha256=_dflt_sha256,url:_type_url=_dflt_url,published:_type_published=_dflt_published,title:_type_title=_dflt_title)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'url',url)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n return __init__": _5a006813c16a5ba8,
    "def __create_fn__(_type_name, _type_options, _type_args, _type_expression, _type_across, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_args, _dflt_expression, _dflt_across, _return_type):\n def __init__(self,name:_type_name,options:_type_options=_HAS_DEFAULT_FACTORY,args:_type_args=_dflt_args,expression:_type_expression=_dflt_expression,across:_type_across=_dflt_across)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'options',_dflt_options() if options is _HAS_DEFAULT_FACTORY else options)\n  __dataclass_builtins_object__.__setattr__(self,'args',args)\n  __dataclass_builtins_object__.__setattr__(self,'expression',expression)\n  __dataclass_builtins_object__.__setattr__(self,'across',across)\n return __init__": _65391d3a1ce1923b,
    "def __create_fn__(_type_name, _type_parse, _type_render, _type_read, _type_suffixes, _type_content_types, _type_magic, _type_magic_within, _type_binary, _type_in_folders, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_read, _dflt_suffixes, _dflt_content_types, _dflt_magic, _dflt_magic_within, _dflt_binary, _dflt_in_folders, _return_type):\n def __init__(self,name:_type_name,parse:_type_parse,render:_type_render,read:_type_read=_dflt_read,suffixes:_type_suffixes=_dflt_suffixes,content_types:_type_content_types=_dflt_content_types,magic:_type_magic=_dflt_magic,magic_within:_type_magic_within=_dflt_magic_within,binary:_type_binary=_dflt_binary,in_folders:_type_in_folders=_dflt_in_folders)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'name',name)\n  __dataclass_builtins_object__.__setattr__(self,'parse',parse)\n  __dataclass_builtins_object__.__setattr__(self,'render',render)\n  __dataclass_builtins_object__.__setattr__(self,'read',read)\n  __dataclass_builtins_object__.__setattr__(self,'suffixes',suffixes)\n  __dataclass_builtins_object__.__setattr__(self,'content_types',content_types)\n  __dataclass_builtins_object__.__setattr__(self,'magic',magic)\n  __dataclass_builtins_object__.__setattr__(self,'magic_within',magic_within)\n  __dataclass_builtins_object__.__setattr__(self,'binary',binary)\n  __dataclass_builtins_object__.__setattr__(self,'in_folders',in_folders)\n return __init__": _aadd603068de23dd,
    "def __create_fn__(_type_no, _type_kind, _type_cells, _type_md_level, _type_exact, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_md_level, _dflt_exact, _return_type):\n def __init__(self,no:_type_no,kind:_type_kind,cells:_type_cells,md_level:_type_md_level=_dflt_md_level,exact:_type_exact=_dflt_exact)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'no',no)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'md_level',md_level)\n  __dataclass_builtins_object__.__setattr__(self,'exact',exact)\n return __init__": _8910516728500096,
    "def __create_fn__(_type_op, _type_left, _type_right, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,op:_type_op,left:_type_left,right:_type_right)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'right',right)\n return __init__": _f2bf5f0d7d019296,
    "def __create_fn__(_type_pack, _type_lang, _type_color, _type_version, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang, _dflt_color, _dflt_version, _return_type):\n def __init__(self,pack:_type_pack,lang:_type_lang=_dflt_lang,color:_type_color=_dflt_color,version:_type_version=_dflt_version)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'pack',pack)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'color',color)\n  __dataclass_builtins_object__.__setattr__(self,'version',version)\n return __init__": _d7d790b1b57f8e67,
    "def __create_fn__(_type_plus, _type_minus, _type_scaled, _type_const, _type_compare, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,plus:_type_plus,minus:_type_minus,scaled:_type_scaled,const:_type_const,compare:_type_compare)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'plus',plus)\n  __dataclass_builtins_object__.__setattr__(self,'minus',minus)\n  __dataclass_builtins_object__.__setattr__(self,'scaled',scaled)\n  __dataclass_builtins_object__.__setattr__(self,'const',const)\n  __dataclass_builtins_object__.__setattr__(self,'compare',compare)\n return __init__": _8e40f34aa7b4d7d2,
    "def __create_fn__(_type_prose, _type_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,prose:_type_prose,spans:_type_spans)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'prose',prose)\n  __dataclass_builtins_object__.__setattr__(self,'spans',spans)\n return __init__": _a07aee7f7ecdf577,
    "def __create_fn__(_type_raw, _type_kind, _type_value, _type_line, _type_column, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,raw:_type_raw,kind:_type_kind,value:_type_value,line:_type_line,column:_type_column,end_column:_type_end_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)\n return __init__": _24bb85b244dd4245,
    "def __create_fn__(_type_raw, _type_kind, _type_value, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,raw:_type_raw,kind:_type_kind,value:_type_value,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _e8d82f6da20deda7,
    "def __create_fn__(_type_rule, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,rule:_type_rule,text:_type_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rule',rule)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n return __init__": _f5d8a95b4e9e75e9,
    "def __create_fn__(_type_says, _type_kind, _type_documents, _type_parents, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_kind, _dflt_documents, _dflt_parents, _return_type):\n def __init__(self,says:_type_says,kind:_type_kind=_dflt_kind,documents:_type_documents=_dflt_documents,parents:_type_parents=_dflt_parents)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'says',says)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n  __dataclass_builtins_object__.__setattr__(self,'parents',parents)\n return __init__": _0f3d8c06414b1c3c,
    "def __create_fn__(_type_select, _type_ignore, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_select, _dflt_ignore, _return_type):\n def __init__(self,select:_type_select=_dflt_select,ignore:_type_ignore=_dflt_ignore)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'select',select)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n return __init__": _8f2495917f4437bd,
    "def __create_fn__(_type_select, _type_ignore, _type_extend_select, _type_per_file_ignores, _type_severity, _type_fail_level, _type_lang, _type_rules, _type_exclude, _type_file, _type_origins, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_select, _dflt_ignore, _dflt_extend_select, _dflt_per_file_ignores, _dflt_severity, _dflt_fail_level, _dflt_lang, _dflt_rules, _dflt_exclude, _dflt_file, _dflt_origins, _return_type):\n def __init__(self,select:_type_select=_dflt_select,ignore:_type_ignore=_dflt_ignore,extend_select:_type_extend_select=_dflt_extend_select,per_file_ignores:_type_per_file_ignores=_dflt_per_file_ignores,severity:_type_severity=_dflt_severity,fail_level:_type_fail_level=_dflt_fail_level,lang:_type_lang=_dflt_lang,rules:_type_rules=_dflt_rules,exclude:_type_exclude=_dflt_exclude,file:_type_file=_dflt_file,origins:_type_origins=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'select',select)\n  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)\n  __dataclass_builtins_object__.__setattr__(self,'extend_select',extend_select)\n  __dataclass_builtins_object__.__setattr__(self,'per_file_ignores',per_file_ignores)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'fail_level',fail_level)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'rules',rules)\n  __dataclass_builtins_object__.__setattr__(self,'exclude',exclude)\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'origins',_dflt_origins() if origins is _HAS_DEFAULT_FACTORY else origins)\n return __init__": _86196ec1313fd9f9,
    "def __create_fn__(_type_selection, _type_max_bytes, _type_published, _type_fetch, _type_packs, _type_severity, _type_debug, _type_ocr, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_selection, _dflt_max_bytes, _dflt_published, _dflt_fetch, _dflt_packs, _dflt_severity, _dflt_debug, _dflt_ocr, _return_type):\n def __init__(self,selection:_type_selection=_HAS_DEFAULT_FACTORY,max_bytes:_type_max_bytes=_dflt_max_bytes,published:_type_published=_dflt_published,fetch:_type_fetch=_dflt_fetch,packs:_type_packs=_dflt_packs,severity:_type_severity=_dflt_severity,debug:_type_debug=_dflt_debug,ocr:_type_ocr=_dflt_ocr)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'selection',_dflt_selection() if selection is _HAS_DEFAULT_FACTORY else selection)\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n  __dataclass_builtins_object__.__setattr__(self,'published',published)\n  __dataclass_builtins_object__.__setattr__(self,'fetch',fetch)\n  __dataclass_builtins_object__.__setattr__(self,'packs',packs)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'debug',debug)\n  __dataclass_builtins_object__.__setattr__(self,'ocr',ocr)\n return __init__": _ef5bb216fb538183,
    "def __create_fn__(_type_source, _type_document, _type_findings, _type_notes, _type_pack, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_notes, _dflt_pack, _return_type):\n def __init__(self,source:_type_source,document:_type_document,findings:_type_findings,notes:_type_notes=_dflt_notes,pack:_type_pack=_dflt_pack)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'document',document)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'pack',pack)\n return __init__": _5a426b170523dcbe,
    "def __create_fn__(_type_source, _type_headings, _type_sections, _type_paragraphs, _type_tables, _type_format, _type_year, _type_agency, _type_problems, _type_line_count, _type_images, _type_line_pages, _type_markers, _type_shape, _type_original, _type_line_origins, _type_notes, _type_ocr, _type_ocr_missing, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_problems, _dflt_line_count, _dflt_images, _dflt_line_pages, _dflt_markers, _dflt_shape, _dflt_original, _dflt_line_origins, _dflt_notes, _dflt_ocr, _dflt_ocr_missing, _return_type):\n def __init__(self,source:_type_source,headings:_type_headings,sections:_type_sections,paragraphs:_type_paragraphs,tables:_type_tables,format:_type_format,year:_type_year,agency:_type_agency,problems:_type_problems=_dflt_problems,line_count:_type_line_count=_dflt_line_count,images:_type_images=_dflt_images,line_pages:_type_line_pages=_dflt_line_pages,markers:_type_markers=_HAS_DEFAULT_FACTORY,shape:_type_shape=_HAS_DEFAULT_FACTORY,original:_type_original=_dflt_original,line_origins:_type_line_origins=_dflt_line_origins,notes:_type_notes=_dflt_notes,ocr:_type_ocr=_HAS_DEFAULT_FACTORY,ocr_missing:_type_ocr_missing=_dflt_ocr_missing)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'headings',headings)\n  __dataclass_builtins_object__.__setattr__(self,'sections',sections)\n  __dataclass_builtins_object__.__setattr__(self,'paragraphs',paragraphs)\n  __dataclass_builtins_object__.__setattr__(self,'tables',tables)\n  __dataclass_builtins_object__.__setattr__(self,'format',format)\n  __dataclass_builtins_object__.__setattr__(self,'year',year)\n  __dataclass_builtins_object__.__setattr__(self,'agency',agency)\n  __dataclass_builtins_object__.__setattr__(self,'problems',problems)\n  __dataclass_builtins_object__.__setattr__(self,'line_count',line_count)\n  __dataclass_builtins_object__.__setattr__(self,'images',images)\n  __dataclass_builtins_object__.__setattr__(self,'line_pages',line_pages)\n  __dataclass_builtins_object__.__setattr__(self,'markers',_dflt_markers() if markers is _HAS_DEFAULT_FACTORY else markers)\n  __dataclass_builtins_object__.__setattr__(self,'shape',_dflt_shape() if shape is _HAS_DEFAULT_FACTORY else shape)\n  __dataclass_builtins_object__.__setattr__(self,'original',original)\n  __dataclass_builtins_object__.__setattr__(self,'line_origins',line_origins)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'ocr',_dflt_ocr() if ocr is _HAS_DEFAULT_FACTORY else ocr)\n  __dataclass_builtins_object__.__setattr__(self,'ocr_missing',ocr_missing)\n return __init__": _ce518580bcac3576,
    "def __create_fn__(_type_source, _type_line, _type_column, _type_end_line, _type_end_column, _type_page, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_page, _return_type):\n def __init__(self,source:_type_source,line:_type_line,column:_type_column,end_line:_type_end_line,end_column:_type_end_column,page:_type_page=_dflt_page)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)\n  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n return __init__": _0698f523c547e203,
    "def __create_fn__(_type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,start:_type_start,end:_type_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__": _9e6a0de07e5295b6,
    "def __create_fn__(_type_table, _type_row, _type_col, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):\n def __init__(self,table:_type_table,row:_type_row,col:_type_col,qual:_type_qual=_dflt_qual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'qual',qual)\n return __init__": _08126065f51dc243,
    "def __create_fn__(_type_table, _type_row, _type_col, _type_value, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):\n def __init__(self,table:_type_table,row:_type_row,col:_type_col,value:_type_value,qual:_type_qual=_dflt_qual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'col',col)\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'qual',qual)\n return __init__": _8d82ea2a2ac86bcb,
    "def __create_fn__(_type_table, _type_row, _type_column, _type_section, _type_paragraph, _type_quote, _type_heading, _type_page, _type_docx, _type_image, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_table, _dflt_row, _dflt_column, _dflt_section, _dflt_paragraph, _dflt_quote, _dflt_heading, _dflt_page, _dflt_docx, _dflt_image, _return_type):\n def __init__(self,table:_type_table=_dflt_table,row:_type_row=_dflt_row,column:_type_column=_dflt_column,section:_type_section=_dflt_section,paragraph:_type_paragraph=_dflt_paragraph,quote:_type_quote=_dflt_quote,heading:_type_heading=_dflt_heading,page:_type_page=_dflt_page,docx:_type_docx=_dflt_docx,image:_type_image=_dflt_image)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'section',section)\n  __dataclass_builtins_object__.__setattr__(self,'paragraph',paragraph)\n  __dataclass_builtins_object__.__setattr__(self,'quote',quote)\n  __dataclass_builtins_object__.__setattr__(self,'heading',heading)\n  __dataclass_builtins_object__.__setattr__(self,'page',page)\n  __dataclass_builtins_object__.__setattr__(self,'docx',docx)\n  __dataclass_builtins_object__.__setattr__(self,'image',image)\n return __init__": _ee1d25541191c3f2,
    "def __create_fn__(_type_table, _type_rows, _type_cols, _type_qual, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_qual, _return_type):\n def __init__(self,table:_type_table,rows:_type_rows,cols:_type_cols,qual:_type_qual=_dflt_qual)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'table',table)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'cols',cols)\n  __dataclass_builtins_object__.__setattr__(self,'qual',qual)\n return __init__": _4efab7687557883a,
    "def __create_fn__(_type_text, _type_encoding, _type_reason, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reason, _return_type):\n def __init__(self,text:_type_text,encoding:_type_encoding,reason:_type_reason=_dflt_reason)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n  __dataclass_builtins_object__.__setattr__(self,'reason',reason)\n return __init__": _53f33ad850963455,
    "def __create_fn__(_type_text, _type_left, _type_op, _type_right, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,left:_type_left,op:_type_op,right:_type_right)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'op',op)\n  __dataclass_builtins_object__.__setattr__(self,'right',right)\n return __init__": _5d4b7bca06e4b5a1,
    "def __create_fn__(_type_text, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _a038995979ae4654,
    "def __create_fn__(_type_text, _type_ordinal, _type_bold, _type_line, _type_column, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,ordinal:_type_ordinal,bold:_type_bold,line:_type_line,column:_type_column,end_column:_type_end_column)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'bold',bold)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'column',column)\n  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)\n return __init__": _13644c9611b5f89c,
    "def __create_fn__(_type_text, _type_ordinal, _type_system, _type_number, _type_level, _type_loc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,ordinal:_type_ordinal,system:_type_system,number:_type_number,level:_type_level,loc:_type_loc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'system',system)\n  __dataclass_builtins_object__.__setattr__(self,'number',number)\n  __dataclass_builtins_object__.__setattr__(self,'level',level)\n  __dataclass_builtins_object__.__setattr__(self,'loc',loc)\n return __init__": _9e40466dcec0c536,
    "def __create_fn__(_type_text, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,start:_type_start,end:_type_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  self.__post_init__()\n return __init__": _bddbb72148f48160,
    "def __create_fn__(_type_text, _type_starts, _type_locs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,starts:_type_starts,locs:_type_locs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'starts',starts)\n  __dataclass_builtins_object__.__setattr__(self,'locs',locs)\n return __init__": _730c53677696a60d,
    'def __create_fn__(_type_texts, _type_first, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_texts, _dflt_first, _return_type):\n def __init__(self,texts:_type_texts=_HAS_DEFAULT_FACTORY,first:_type_first=_dflt_first)->_return_type:\n  self.texts=_dflt_texts() if texts is _HAS_DEFAULT_FACTORY else texts\n  self.first=first\n return __init__': _420c9f05f49edc28,
    'def __create_fn__(_type_top, _type_bottom, _type_left, _type_right, _type_parts, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,top:_type_top,bottom:_type_bottom,left:_type_left,right:_type_right,parts:_type_parts)->_return_type:\n  self.top=top\n  self.bottom=bottom\n  self.left=left\n  self.right=right\n  self.parts=parts\n return __init__': _59213e00c8c999d1,
    'def __create_fn__(_type_tpl, _type_source, _type_cells, _type_row_lines, _type_extra, _type_shape, _type_glued, _type_glued_rows, _type_unread, _type_unplaced, _type_notes, _type_first, _type_taken, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_cells, _dflt_row_lines, _dflt_extra, _dflt_shape, _dflt_glued, _dflt_glued_rows, _dflt_unread, _dflt_unplaced, _dflt_notes, _dflt_first, _dflt_taken, _return_type):\n def __init__(self,tpl:_type_tpl,source:_type_source,cells:_type_cells=_HAS_DEFAULT_FACTORY,row_lines:_type_row_lines=_HAS_DEFAULT_FACTORY,extra:_type_extra=_HAS_DEFAULT_FACTORY,shape:_type_shape=_HAS_DEFAULT_FACTORY,glued:_type_glued=_HAS_DEFAULT_FACTORY,glued_rows:_type_glued_rows=_HAS_DEFAULT_FACTORY,unread:_type_unread=_HAS_DEFAULT_FACTORY,unplaced:_type_unplaced=_HAS_DEFAULT_FACTORY,notes:_type_notes=_HAS_DEFAULT_FACTORY,first:_type_first=_dflt_first,taken:_type_taken=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.tpl=tpl\n  self.source=source\n  self.cells=_dflt_cells() if cells is _HAS_DEFAULT_FACTORY else cells\n  self.row_lines=_dflt_row_lines() if row_lines is _HAS_DEFAULT_FACTORY else row_lines\n  self.extra=_dflt_extra() if extra is _HAS_DEFAULT_FACTORY else extra\n  self.shape=_dflt_shape() if shape is _HAS_DEFAULT_FACTORY else shape\n  self.glued=_dflt_glued() if glued is _HAS_DEFAULT_FACTORY else glued\n  self.glued_rows=_dflt_glued_rows() if glued_rows is _HAS_DEFAULT_FACTORY else glued_rows\n  self.unread=_dflt_unread() if unread is _HAS_DEFAULT_FACTORY else unread\n  self.unplaced=_dflt_unplaced() if unplaced is _HAS_DEFAULT_FACTORY else unplaced\n  self.notes=_dflt_notes() if notes is _HAS_DEFAULT_FACTORY else notes\n  self.first=first\n  self.taken=_dflt_taken() if taken is _HAS_DEFAULT_FACTORY else taken\n return __init__': _4d8b17e311c3c2fd,
    "def __create_fn__(_type_type, _type_required, _type_default, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_required, _dflt_default, _dflt_doc, _return_type):\n def __init__(self,type:_type_type,required:_type_required=_dflt_required,default:_type_default=_dflt_default,doc:_type_doc=_dflt_doc)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'required',required)\n  __dataclass_builtins_object__.__setattr__(self,'default',default)\n  __dataclass_builtins_object__.__setattr__(self,'doc',doc)\n return __init__": _916a3781689f67ae,
    "def __create_fn__(_type_type, _type_title, _type_body_markers, _type_listing_link, _type_formats, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_body_markers, _dflt_listing_link, _dflt_formats, _return_type):\n def __init__(self,type:_type_type,title:_type_title,body_markers:_type_body_markers=_dflt_body_markers,listing_link:_type_listing_link=_dflt_listing_link,formats:_type_formats=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'type',type)\n  __dataclass_builtins_object__.__setattr__(self,'title',title)\n  __dataclass_builtins_object__.__setattr__(self,'body_markers',body_markers)\n  __dataclass_builtins_object__.__setattr__(self,'listing_link',listing_link)\n  __dataclass_builtins_object__.__setattr__(self,'formats',_dflt_formats() if formats is _HAS_DEFAULT_FACTORY else formats)\n return __init__": _6a01d10cf4cf152b,
    "def __create_fn__(_type_value, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,value:_type_value)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n return __init__": _b347e2232d97a17e,
    'def __create_fn__(_type_widest, _type_bare, _type_start, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_widest, _dflt_bare, _dflt_start, _return_type):\n def __init__(self,widest:_type_widest=_HAS_DEFAULT_FACTORY,bare:_type_bare=_HAS_DEFAULT_FACTORY,start:_type_start=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.widest=_dflt_widest() if widest is _HAS_DEFAULT_FACTORY else widest\n  self.bare=_dflt_bare() if bare is _HAS_DEFAULT_FACTORY else bare\n  self.start=_dflt_start() if start is _HAS_DEFAULT_FACTORY else start\n return __init__': _eaac602960edb5f9,
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
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'enabled\',\'engine\',\'table_seconds\',\'document_seconds\',\'progress\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1bb06cdbb339415a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'expr\',\'env\',\'rows\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7e0cb05b3c817aa3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'expr\',\'for_\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7db443fe89bdef51,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'holds\',\'left\',\'right\',\'left_terms\',\'right_terms\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _5c311b6275d3371c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'loc\',\'cells\',\'rows\',\'columns\',\'extra_rows\',\'row_locs\',\'unread_rows\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _6cb13c7aeeca0ea8,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'section\',\'layout\',\'columns\',\'rows\',\'groups\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1599e4c593cf9b52,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'image\',\'row\',\'col\',\'confidence\',\'read\',\'note\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _bb1fd9739bb7e4fa,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'info\',\'text\',\'problems\',\'raw\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7958176afc8a1b9a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'heading\',\'match\',\'start_line\',\'end_line\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _d1b0185ebea1f2cd,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'group\',\'kind\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _efccb482182daa40,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'ordinal\',\'group\',\'block\',\'columns\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _99ce887d5582ac76,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'label\',\'ordinal\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1bee63101c3eb8fb,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'ordinal\',\'title\',\'variants\',\'keywords\',\'long_forms\',\'optional\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _d68cdf8842498388,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'pattern\',\'label\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _45abfed6f755438c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'key\',\'target\',\'ordinal\',\'matcher\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _0832e387a681375d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'label\',\'loc\',\'values\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _625abec09734daf2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'labels\',\'capped\',\'width\',\'longest\',\'offsets\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _056ffe8874184ac2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'line\',\'labels\',\'values\',\'cells\',\'index\',\'layout\',\'tail\',\'parts\',\'above\',\'full\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _9ef3b34c0c9ef33e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lines\',\'blocks\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _43c5e2006131e5c0,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'loc\',\'args\',\'where\',\'evidence\',\'severity\',\'other\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _346e495ac0514349,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'format\',\'title\',\'format_markers\',\'sections\',\'tables\',\'rules\',\'path\',\'report\',\'bodies\',\'diagnosis\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _a25e13834ace0433,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'is_var\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _4792f7479fd6bf75,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'kind\',\'encoding\',\'sha256\',\'url\',\'published\',\'title\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _938fbd6d44a78f5e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'options\',\'args\',\'expression\',\'across\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _2cbaa1472acbd6ff,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'parse\',\'render\',\'read\',\'suffixes\',\'content_types\',\'magic\',\'magic_within\',\'binary\',\'in_folders\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _d956ba8a60f7d8d1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'no\',\'kind\',\'cells\',\'md_level\',\'exact\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _8f3545a12d82b5f4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'op\',\'left\',\'right\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ebd1c49629e72b2e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'pack\',\'lang\',\'color\',\'version\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _98849e6a6035e0c9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'plus\',\'minus\',\'scaled\',\'const\',\'compare\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _336ce4c41f8fdfa6,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'prose\',\'spans\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _fc89e597eca6e84c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _de1ed5a6314f9471,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _7a8c9d21c5bcc245,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rule\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _46d778b66fdddd2d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'says\',\'kind\',\'documents\',\'parents\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _db279d89e785a529,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'select\',\'ignore\',\'extend_select\',\'per_file_ignores\',\'severity\',\'fail_level\',\'lang\',\'rules\',\'exclude\',\'file\',\'origins\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _ffb1911647f065a5,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'select\',\'ignore\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _a32ef73f2f0d2011,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'selection\',\'max_bytes\',\'published\',\'fetch\',\'packs\',\'severity\',\'debug\',\'ocr\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _060e8e21e9b4a7f3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'document\',\'findings\',\'notes\',\'pack\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1a0f16701ee58e2b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'headings\',\'sections\',\'paragraphs\',\'tables\',\'format\',\'year\',\'agency\',\'problems\',\'line_count\',\'images\',\'line_pages\',\'markers\',\'shape\',\'original\',\'line_origins\',\'notes\',\'ocr\',\'ocr_missing\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _f3744e55a7a533d9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'line\',\'column\',\'end_line\',\'end_column\',\'page\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _58e5c8a71dce9fde,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _93cd07a80d0ecdf9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'qual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _eab37cc453de6d73,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'value\',\'qual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _6eb643e017ccff83,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'row\',\'column\',\'section\',\'paragraph\',\'quote\',\'heading\',\'page\',\'docx\',\'image\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _1edd7a1cec9610c2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'table\',\'rows\',\'cols\',\'qual\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _59247612fe097e98,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'encoding\',\'reason\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _98fb4fffb3be50ba,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'left\',\'op\',\'right\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _3692e6bf8f2e10a3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _eb4b4eb7b15bc23a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'bold\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _20f73e6f3fb3c89c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'system\',\'number\',\'level\',\'loc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _89c95c3d7bd32919,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _d59b571c90df60e5,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'starts\',\'locs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _4a4a1db16de74e1e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'type\',\'required\',\'default\',\'doc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _f5ea0b511e56a67c,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'type\',\'title\',\'body_markers\',\'listing_link\',\'formats\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _f9ebef91fe6f341f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__': _142f244f0a9c592c,
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
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'enabled\',\'engine\',\'table_seconds\',\'document_seconds\',\'progress\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _02dcbffb5372bec2,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'expr\',\'env\',\'rows\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _89c161403347921b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'expr\',\'for_\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _aa3f64edcb9f07e7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'holds\',\'left\',\'right\',\'left_terms\',\'right_terms\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _30076962bf633a92,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'loc\',\'cells\',\'rows\',\'columns\',\'extra_rows\',\'row_locs\',\'unread_rows\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _212c4d51e67a70a4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'section\',\'layout\',\'columns\',\'rows\',\'groups\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _0d032041592c5f63,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'image\',\'row\',\'col\',\'confidence\',\'read\',\'note\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _c48f0015c574e5dc,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'info\',\'text\',\'problems\',\'raw\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _69c67913a6ef9497,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'heading\',\'match\',\'start_line\',\'end_line\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _a89e276ba931274b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'group\',\'kind\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _bcdd5f08b18bcfb7,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'label\',\'aliases\',\'ordinal\',\'group\',\'block\',\'columns\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _da909014e0a992f3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'label\',\'ordinal\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _afcdd0c1d3ca6b1d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'ordinal\',\'title\',\'variants\',\'keywords\',\'long_forms\',\'optional\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _8e00dabd53d3a43f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'pattern\',\'label\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _da4a407bd1a807a0,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'key\',\'target\',\'ordinal\',\'matcher\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _04ed9d4c50ab87f3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'label\',\'loc\',\'values\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _8a94525f6c392142,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'labels\',\'capped\',\'width\',\'longest\',\'offsets\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _ebe06bb3e6acc6db,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'line\',\'labels\',\'values\',\'cells\',\'index\',\'layout\',\'tail\',\'parts\',\'above\',\'full\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _0e70a2f71c8f7b9d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lines\',\'blocks\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _706efe8d9258dda6,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'loc\',\'args\',\'where\',\'evidence\',\'severity\',\'other\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _4f8edbc5bd36ff19,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'format\',\'title\',\'format_markers\',\'sections\',\'tables\',\'rules\',\'path\',\'report\',\'bodies\',\'diagnosis\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _35bfecc8b84c66e4,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'is_var\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _20dddd627e53815e,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'kind\',\'encoding\',\'sha256\',\'url\',\'published\',\'title\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _56fb5a3d6b57ea41,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'options\',\'args\',\'expression\',\'across\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _9542df92db68bbea,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'parse\',\'render\',\'read\',\'suffixes\',\'content_types\',\'magic\',\'magic_within\',\'binary\',\'in_folders\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _738f2738437b6ea9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'no\',\'kind\',\'cells\',\'md_level\',\'exact\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _052205d63898bdbb,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'op\',\'left\',\'right\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _c9c53642fca0ab59,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'pack\',\'lang\',\'color\',\'version\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _90f418790202fc29,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'plus\',\'minus\',\'scaled\',\'const\',\'compare\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _27b42e438d9a74ec,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'prose\',\'spans\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _1c978224c8dd0c79,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _10d5de1696a08d5f,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'raw\',\'kind\',\'value\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _41df78b02ca18f9d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rule\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _90837d2534880ef9,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'says\',\'kind\',\'documents\',\'parents\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _0a3ed8e74f33a3cd,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'select\',\'ignore\',\'extend_select\',\'per_file_ignores\',\'severity\',\'fail_level\',\'lang\',\'rules\',\'exclude\',\'file\',\'origins\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _814093877902ace3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'select\',\'ignore\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _2c954bfe38dae62a,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'selection\',\'max_bytes\',\'published\',\'fetch\',\'packs\',\'severity\',\'debug\',\'ocr\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _9aeb1b1a683ae985,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'document\',\'findings\',\'notes\',\'pack\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _65150f078708e3cc,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'headings\',\'sections\',\'paragraphs\',\'tables\',\'format\',\'year\',\'agency\',\'problems\',\'line_count\',\'images\',\'line_pages\',\'markers\',\'shape\',\'original\',\'line_origins\',\'notes\',\'ocr\',\'ocr_missing\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _15a15c0917f13b19,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'line\',\'column\',\'end_line\',\'end_column\',\'page\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _b9b4a5ecbd36ce87,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _0d15d177c7d33e37,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'qual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5df695bdbba9ef3b,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'row\',\'col\',\'value\',\'qual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _bd53f88ebc51cc8d,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'row\',\'column\',\'section\',\'paragraph\',\'quote\',\'heading\',\'page\',\'docx\',\'image\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _4fff88eed42f5893,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'table\',\'rows\',\'cols\',\'qual\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _fb07fe77d09f2650,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'encoding\',\'reason\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _7be2dff3b0a2a314,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'left\',\'op\',\'right\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _e4a35d7d7d52e977,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _afc0bc202a8bce67,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'bold\',\'line\',\'column\',\'end_column\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _781dc655d87f8eb6,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'ordinal\',\'system\',\'number\',\'level\',\'loc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _de818fe4907dcfc3,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _9fa3e95df727d3c8,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'starts\',\'locs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _11419032938717c1,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'type\',\'required\',\'default\',\'doc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _4e9a7533b10c90ff,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'type\',\'title\',\'body_markers\',\'listing_link\',\'formats\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _5489c07f218dfe88,
    'def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__': _a4b0e26452d5bc96,
}
