import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./lib/secrets.ts
/**
 * Process-wide list of secret values. Every host log line, error message and summary passes
 * through `redact`, so a token that reaches a message by accident is still never printed.
 */
const secrets = new Set();
function registerSecret(value) {
    if (!value || value.length < 3)
        return;
    secrets.add(value);
    // Tokens also travel base64-encoded in Basic auth headers; hide those forms too.
    secrets.add(Buffer.from(value).toString('base64'));
    for (const user of ['x-access-token', 'pat', '', 'x']) {
        secrets.add(Buffer.from(`${user}:${value}`).toString('base64'));
    }
}
function redact(text) {
    let out = text;
    // Longest first so a secret that contains another is hidden whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (s.length >= 3)
            out = out.split(s).join('***');
    }
    return out;
}
/** For tests: forget registered secrets. */
function clearSecrets() {
    secrets.clear();
}

;// CONCATENATED MODULE: ./lib/hosts/neutralise.ts

/**
 * Text that did not come from ringway's own code (table rows, HLD content, forge and registry
 * answers, git output, operator events) may contain orchestrator commands. Runners read commands
 * from a job's output line by line:
 * - GitHub: a line whose first non-blank characters are `::` (`::error::`, `::add-mask::`, …), and
 *   the legacy `##[command]` form anywhere in a line;
 * - Azure Pipelines: `##vso[` anywhere in a line (any case), and `##[group]`-style formatting
 *   commands.
 * Both split lines at `\n` and at a lone `\r`. `neutralise` breaks every such marker with a
 * zero-width space (U+200B), so the text reads the same to a person and is inert to the runner.
 * Every host's log, summary and error writer passes its text through here.
 */
const ZWSP = '\u200b';
/** One line (no line breaks): markers broken, the rest unchanged. */
function neutraliseLine(line) {
    let out = line.replace(/##(?=(vso)?\[)/gi, `#${ZWSP}#`);
    // `::` after leading blanks starts a GitHub command (the runner trims leading whitespace).
    out = out.replace(/^(\s*)(?=::)/, `$1${ZWSP}`);
    return out;
}
/** Neutralises every line of `text`; line breaks become `\n` (a lone `\r` also ends a line for runners). */
function neutralise(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(neutraliseLine)
        .join('\n');
}
/**
 * For JSON written to stdout: `#` inside strings is written as `\u0023` where it starts `##`, so
 * the decoded value is unchanged and no line holds a command marker. (`#` only occurs inside
 * strings in JSON; `::` cannot start a line of JSON.stringify output.)
 */
function neutraliseJson(json) {
    return json.replace(/#(?=#)/g, '\\u0023');
}
/**
 * A step output value. Hosts set outputs through the orchestrator's own API (escaped there), but
 * the value is later expanded into other steps' scripts and logs: JSON values keep their decoded
 * content (`\u0023` escapes), other values are neutralised like log text, line breaks kept.
 */
function safeOutput(value) {
    if (/^\s*[[{]/.test(value)) {
        try {
            JSON.parse(value);
            return neutraliseJson(value);
        }
        catch {
            // not JSON: treated as text below
        }
    }
    return neutralise(value);
}
/** Secret redaction, then neutralisation: what every host prints. */
function safeText(text) {
    return neutralise(redact(text));
}
/** safeText on one line, for what a runner shows as one (group names, headings, the failure). */
function oneLine(text) {
    return safeText(text).replace(/\n/g, ' ');
}
/** True when a line would be read as a command by a GitHub or Azure runner (for tests and checks). */
function isLiveCommand(line) {
    return /^\s*::/.test(line) || /##vso\[/i.test(line) || /##\[/.test(line);
}
/**
 * Wraps a stream's write so that everything written to it is neutralised line by line (the CLI,
 * whose output a GitHub or Azure job may read when `ringway` runs in a script step). Tracks
 * whether the next chunk starts a line, since `::` only matters there.
 */
function guardStream(stream) {
    let atLineStart = true;
    const write = stream.write.bind(stream);
    stream.write = ((chunk, ...rest) => {
        if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk))
            return write(chunk, ...rest);
        const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
        let safe = neutralise(atLineStart ? text : `x${text}`);
        if (!atLineStart)
            safe = safe.slice(1);
        if (text.length)
            atLineStart = /[\r\n]$/.test(text);
        return write(safe, ...rest);
    });
}

;// CONCATENATED MODULE: ./lib/errors.ts
/**
 * Errors a user can act on. `message` is one line that names the input, file or component at
 * fault; hosts print it as-is (after secret redaction) instead of a stack trace.
 */
class RingwayError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'RingwayError';
    }
}
/** Bad usage: a missing or malformed input. The CLI exits 2 for these. */
class UsageError extends RingwayError {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/**
 * A step that decided to fail but still has outputs to report (the gate's `decision=reject`):
 * hosts set the outputs, then fail the job with the message.
 */
class StepFailure extends RingwayError {
    outputs;
    constructor(message, outputs) {
        super(message);
        this.outputs = outputs;
        this.name = 'StepFailure';
    }
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/** Whether a message already says which input it is about (`input 'x'`, or "check the 'token' input"). */
function namesAnInput(message) {
    return /\binput '|' input\b/.test(message);
}
/**
 * Domain code names the thing at fault ("environment name '--x' …"); the step knows which input the
 * value came from and adds it: `input 'environment': environment name '--x' …`. Runs `fn` (sync or
 * async) and prefixes a RingwayError that names no input yet; other errors pass unchanged.
 */
function withInput(input, fn) {
    const prefix = (err) => {
        if (!(err instanceof RingwayError) || namesAnInput(err.message))
            throw err;
        // Same error (class, outputs, cause kept), one line longer.
        err.message = `input '${input}': ${err.message}`;
        throw err;
    };
    try {
        const out = fn();
        return (out instanceof Promise ? out.catch(prefix) : out);
    }
    catch (err) {
        return prefix(err);
    }
}

;// CONCATENATED MODULE: ./lib/steps/names.ts
// The names an input, output or step has on each surface, from its one kebab-case name:
// GitHub `with:` keys and CLI flags use it as it is (`manifest-repo`).
/** Azure task input and output names: `manifestRepo`. */
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** Azure task names and folders: `PushManifests` from `push-manifests`. */
function pascalCase(name) {
    const c = camelCase(name);
    return c[0].toUpperCase() + c.slice(1);
}
/** The environment variable an input is also read from: `RINGWAY_MANIFEST_REPO`. */
function envName(name) {
    return `RINGWAY_${name.replace(/-/g, '_').toUpperCase()}`;
}

;// CONCATENATED MODULE: ./lib/hosts/build-metadata.ts
function readBuildMetadata(env = process.env) {
    const e = (k) => env[k] ?? '';
    if (e('GITHUB_ACTIONS') === 'true') {
        const server = e('GITHUB_SERVER_URL') || 'https://github.com';
        const repo = e('GITHUB_REPOSITORY');
        return {
            orchestrator: 'github',
            commit: e('GITHUB_SHA'),
            branch: e('GITHUB_HEAD_REF') || e('GITHUB_REF_NAME'),
            buildId: e('GITHUB_RUN_ID'),
            buildNumber: e('GITHUB_RUN_NUMBER'),
            runAttempt: e('GITHUB_RUN_ATTEMPT') || '1',
            buildUrl: repo && e('GITHUB_RUN_ID') ? `${server}/${repo}/actions/runs/${e('GITHUB_RUN_ID')}` : '',
            repository: repo,
            repositoryUrl: repo ? `${server}/${repo}` : '',
            pipeline: e('GITHUB_WORKFLOW'),
            actor: e('GITHUB_ACTOR'),
            commitMessage: e('RINGWAY_BUILD_COMMIT_MESSAGE'),
        };
    }
    if (e('TF_BUILD').toLowerCase() === 'true') {
        const collection = e('SYSTEM_COLLECTIONURI') || e('SYSTEM_TEAMFOUNDATIONCOLLECTIONURI');
        const project = e('SYSTEM_TEAMPROJECT');
        const buildId = e('BUILD_BUILDID');
        const branch = e('SYSTEM_PULLREQUEST_SOURCEBRANCH') || e('BUILD_SOURCEBRANCH');
        return {
            orchestrator: 'azure',
            commit: e('BUILD_SOURCEVERSION'),
            branch: branch.replace(/^refs\/heads\//, '') || e('BUILD_SOURCEBRANCHNAME'),
            buildId,
            buildNumber: e('BUILD_BUILDNUMBER'),
            runAttempt: e('SYSTEM_JOBATTEMPT') || '1',
            buildUrl: collection && project && buildId
                ? `${collection.replace(/\/$/, '')}/${encodeURIComponent(project)}/_build/results?buildId=${buildId}`
                : '',
            repository: e('BUILD_REPOSITORY_NAME'),
            repositoryUrl: e('BUILD_REPOSITORY_URI'),
            pipeline: e('BUILD_DEFINITIONNAME'),
            actor: e('BUILD_REQUESTEDFOR'),
            commitMessage: e('BUILD_SOURCEVERSIONMESSAGE'),
        };
    }
    return {
        orchestrator: 'other',
        commit: e('RINGWAY_BUILD_COMMIT'),
        branch: e('RINGWAY_BUILD_BRANCH'),
        buildId: e('RINGWAY_BUILD_ID'),
        buildNumber: e('RINGWAY_BUILD_NUMBER') || e('RINGWAY_BUILD_ID'),
        runAttempt: e('RINGWAY_BUILD_RUN_ATTEMPT') || '1',
        buildUrl: e('RINGWAY_BUILD_URL'),
        repository: e('RINGWAY_BUILD_REPOSITORY'),
        repositoryUrl: e('RINGWAY_BUILD_REPOSITORY_URL'),
        pipeline: e('RINGWAY_BUILD_PIPELINE'),
        actor: e('RINGWAY_BUILD_ACTOR') || e('USER'),
        commitMessage: e('RINGWAY_BUILD_COMMIT_MESSAGE'),
    };
}

;// CONCATENATED MODULE: ./lib/hosts/cli-args.ts

/**
 * Parses `--name value`, `--name=value`, boolean `--flag` / `--no-flag`, and `--` ending flags.
 * Unknown flags are a usage error naming the flag.
 */
function parseArgs(argv, specs, opts = {}) {
    const byName = new Map(specs.map((s) => [s.name, s]));
    const flags = new Map();
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--') || arg === '--') {
            if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
                const long = shortAliases[arg];
                if (!long)
                    throw new UsageError(`unknown option ${arg}`);
                argv = [...argv.slice(0, i), long, ...argv.slice(i + 1)];
                i--;
                continue;
            }
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        let name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        let value = eq > 0 ? arg.slice(eq + 1) : undefined;
        let spec = byName.get(name);
        if (!spec && name.startsWith('no-') && byName.get(name.slice(3))?.boolean && value === undefined) {
            name = name.slice(3);
            spec = byName.get(name);
            value = 'false';
        }
        if (!spec)
            throw new UsageError(`unknown option --${name}`);
        if (value === undefined) {
            if (spec.boolean) {
                const next = argv[i + 1];
                if (next !== undefined && BOOLEAN_WORD.test(next))
                    value = argv[++i];
                else if (next !== undefined && !opts.positionals && !next.startsWith('-') && !next.includes('=')) {
                    // `--dry-run maybe`: a mistyped value, not a positional argument (those are key=value).
                    throw new UsageError(`option --${name} takes true or false (or no value), got '${next}'`);
                }
                else
                    value = 'true';
            }
            else {
                if (i + 1 >= argv.length)
                    throw new UsageError(`option --${name} needs a value`);
                value = argv[++i];
            }
        }
        const prev = flags.get(name);
        flags.set(name, spec.repeatable && prev !== undefined ? `${prev}\n${value}` : value);
    }
    return { flags, positionals };
}
/** Values a boolean flag accepts as its next argument (as inputs do). */
const BOOLEAN_WORD = /^(true|false|yes|no|on|off|1|0)$/i;
const shortAliases = { '-h': '--help' };
function flagSpecsFor(inputs) {
    // Former input names stay accepted as flags (the step warns that they are deprecated).
    return inputs.flatMap((d) => [d.name, ...(d.aliases ?? [])].map((name) => ({
        name,
        boolean: d.kind === 'boolean',
        repeatable: d.kind === 'list' || d.kind === 'multiline',
    })));
}
/** Word-wraps help text to the terminal width used by help output. */
function wrap(text, width, indent) {
    const words = text.split(/\s+/).filter(Boolean);
    const lines = [];
    let line = '';
    for (const w of words) {
        if (line && line.length + 1 + w.length > width - indent) {
            lines.push(line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
}

;// CONCATENATED MODULE: ./lib/hosts/cli-help.ts


/** CLI flags for build metadata; each sets the RINGWAY_BUILD_* variable of the same name. */
const buildMetadataFlags = [
    ['build-commit', 'Source commit SHA of this build'],
    ['build-branch', 'Source branch of this build'],
    ['build-id', 'Unique id of this build'],
    ['build-number', 'Human build number'],
    ['build-url', 'Link to this build'],
    ['build-repository', 'Source repository name'],
    ['build-repository-url', 'Source repository URL'],
    ['build-commit-message', 'Commit message of the source commit'],
    ['build-actor', 'Who triggered the build'],
].map(([name, description]) => ({ name, description, env: envName(name) }));
/** `ringway <step> --help`, generated from the step definition (the same source as action.yml and task.json). */
function stepHelp(step) {
    const out = [];
    out.push(`ringway ${step.name}: ${step.title}`, '', wrap(step.description, 100, 0), '', 'Usage:', `  ringway ${step.name} [options]${step.positional ? ` [${step.positional.usage}…]` : ''}`, '', 'Inputs:');
    for (const d of step.inputs) {
        const flag = d.kind === 'boolean' ? `--${d.name}` : `--${d.name} <${d.kind === 'list' || d.kind === 'multiline' ? 'value…' : 'value'}>`;
        const notes = [
            d.required ? 'required' : '',
            d.default !== undefined ? `default: ${JSON.stringify(d.default)}` : '',
            d.options ? `one of: ${d.options.join(', ')}` : '',
            d.secret ? 'secret' : '',
            d.kind === 'list' || d.kind === 'multiline' ? 'repeatable' : '',
            d.aliases?.length ? `formerly ${d.aliases.map((a) => `--${a}`).join(', ')}` : '',
        ].filter(Boolean);
        const desc = `${d.description}${notes.length ? ` (${notes.join('; ')})` : ''}. Env ${envName(d.name)}; Azure input ${camelCase(d.name)}.`;
        out.push(`  ${flag}`, `      ${wrap(desc, 100, 6)}`);
    }
    out.push('', 'Outputs (printed as name=value, or one JSON object with --json):');
    for (const o of step.outputs)
        out.push(`  ${o.name.padEnd(16)} ${o.description}${o.aliases?.length ? ` (also as ${o.aliases.join(', ')}, deprecated)` : ''}`);
    out.push('', 'Build metadata (read from GitHub/Azure variables when run there):');
    for (const f of buildMetadataFlags)
        out.push(`  --${f.name} <value>`.padEnd(34) + `${f.description} (env ${f.env})`);
    out.push('', 'Common options:', '  --json                          Print outputs as one JSON object', '  --verbose                       Show debug lines', '  --help                          Show this help', '', 'Exit codes: 0 success, 1 failure, 2 bad usage.');
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./lib/exec.ts



/**
 * How long a step waits for a server that does not answer (git, forge, table service, registry),
 * retries included: 60 s unless the step's `timeout` input says otherwise.
 */
let networkBudgetMs = 60_000;
function setNetworkTimeout(ms) {
    networkBudgetMs = ms;
}
function networkTimeoutMs() {
    return networkBudgetMs;
}
/** The error for a server that did not answer in time; names the service and the input to raise. */
function noAnswerError(service, ms = networkBudgetMs) {
    return new RingwayError(`${redact(service)} did not answer within ${formatSeconds(ms)} (input 'timeout')`);
}
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
/**
 * Runs a program without a shell and captures its output. Not @actions/exec: that one echoes the
 * full command line to stdout, which would print arguments we keep out of logs, and pulls GitHub
 * formatting into the CLI and Azure surfaces.
 */
function exec(cmd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const env = childEnv();
        for (const [k, v] of Object.entries(opts.env ?? {})) {
            if (v === undefined)
                delete env[k];
            else
                env[k] = v;
        }
        // With a timeout the child leads its own process group, so git's helpers die with it.
        const child = (0,external_node_child_process_namespaceObject.spawn)(cmd, args, { cwd: opts.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: Boolean(opts.timeout) });
        let timedOut = false;
        const timer = opts.timeout
            ? setTimeout(() => {
                timedOut = true;
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, opts.timeout.ms)
            : undefined;
        const out = [];
        const err = [];
        const streams = [lineSplitter(opts.onLine), lineSplitter(opts.onLine)];
        child.stdout.on('data', (d) => (out.push(d), streams[0].push(d)));
        child.stderr.on('data', (d) => (err.push(d), streams[1].push(d)));
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            if (e.code === 'ENOENT')
                reject(new RingwayError(`${cmd} is not installed or not on PATH`));
            else
                reject(new RingwayError(`${opts.label ?? cmd}: ${redact(e.message)}`));
        });
        child.on('close', (code, signal) => {
            for (const st of streams)
                st.end();
            if (timer)
                clearTimeout(timer);
            if (timedOut && opts.timeout) {
                reject(noAnswerError(`${opts.timeout.service} (${opts.label ?? cmd})`, opts.timeout.ms));
                return;
            }
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            };
            if (result.code !== 0 && !opts.allowFailure) {
                reject(new ExecError(opts.label ?? `${cmd} ${args[0] ?? ''}`.trim(), result));
            }
            else {
                resolve(result);
            }
        });
        child.stdin.on('error', () => undefined); // child may exit before reading stdin
        child.stdin.end(opts.input ?? '');
    });
}
/**
 * Our inputs travel in the environment (GitHub and Azure `INPUT_*`, the CLI's `RINGWAY_*` fallback),
 * secrets included, and the runner adds its own credentials (`ACTIONS_RUNTIME_TOKEN`,
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`). No child process (git, helm, builders, HLD hooks) needs them:
 * they are dropped here, the one place children are started. What a tool needs is passed through
 * `ExecOptions.env` explicitly.
 */
const SCRUBBED_ENV = /^(INPUT_|RINGWAY_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_TOKEN$)/i;
function childEnv(base = process.env) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (!SCRUBBED_ENV.test(k))
            env[k] = v;
    return env;
}
/** A failed command; the message carries the last meaningful stderr line, redacted. */
class ExecError extends RingwayError {
    label;
    result;
    constructor(label, result) {
        super(`${label} failed (exit ${result.code}): ${lastLines(result.stderr || result.stdout)}`);
        this.label = label;
        this.result = result;
        this.name = 'ExecError';
    }
}
function lastLines(text, n = 3) {
    const lines = redact(text)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.slice(-n).join(' | ') || 'no output';
}
/** Cuts a byte stream into lines for `onLine`; a no-op without a callback. */
function lineSplitter(onLine) {
    let rest = '';
    return {
        push(d) {
            if (!onLine)
                return;
            const lines = (rest + d.toString('utf8')).split(/\r?\n|\r/);
            rest = lines.pop() ?? '';
            for (const l of lines)
                onLine(l);
        },
        end() {
            if (onLine && rest)
                onLine(rest);
            rest = '';
        },
    };
}

;// CONCATENATED MODULE: ./lib/promotion/duration.ts

const UNIT_MS = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };
/** `90s`, `30m`, `1h30m`, `2d`, `0` → milliseconds (Go/Flux-style durations plus days and weeks). */
function parseDuration(value, input) {
    const v = value.trim();
    if (v === '' || v === '0')
        return 0;
    if (!/^(\d+(\.\d+)?[smhdw])+$/.test(v))
        throw new UsageError(`input '${input}' must be a duration like 30m, 1h30m or 2d, got '${value}'`);
    let ms = 0;
    for (const m of v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return Math.round(ms);
}
/** 5400000 → `1h30m`, for reasons a person reads. */
function formatDuration(ms) {
    if (ms <= 0)
        return '0s';
    let rest = Math.ceil(ms / 1000);
    const parts = [];
    for (const [unit, secs] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]]) {
        if (rest >= secs) {
            parts.push(`${Math.floor(rest / secs)}${unit}`);
            rest %= secs;
        }
    }
    return parts.slice(0, 2).join('');
}

;// CONCATENATED MODULE: ./lib/steps/inputs.ts



const MAX_VALUE = 64 * 1024;
const MAX_MULTILINE = 1024 * 1024;
const TRUE = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE = new Set(['false', 'no', 'n', 'off', '0']);
/**
 * Resolved, validated input values of one step run. Getters are typed by kind; asking for an
 * input the step does not declare is a programming error and throws.
 */
class Inputs {
    defs;
    values;
    deprecations;
    constructor(defs, values, 
    /** One warning per former input name used in this run. */
    deprecations = []) {
        this.defs = defs;
        this.values = values;
        this.deprecations = deprecations;
    }
    static resolve(step, source, env = process.env) {
        const defs = new Map(step.inputs.map((d) => [d.name, d]));
        const values = new Map();
        const deprecations = [];
        for (const def of step.inputs) {
            let raw = source(def);
            // '' given explicitly is a value only for inputs where empty means something (keep: '').
            // Whitespace only is blank: a required input given as '  ' fails as missing, by name.
            const given = (v) => v !== undefined && (v.trim() !== '' || (v === '' && Boolean(def.allowEmpty)));
            // A former name counts when the input itself is absent or only carries its default (GitHub
            // fills in action.yml defaults, so "absent" there looks like the default).
            if (!given(raw) || raw === def.default) {
                for (const alias of def.aliases ?? []) {
                    const v = source({ ...def, name: alias }) ?? env[envName(alias)];
                    if (v === undefined || v === '')
                        continue;
                    raw = v;
                    deprecations.push(`input '${alias}' is deprecated: use '${def.name}'`);
                    break;
                }
            }
            if (!given(raw))
                raw = env[envName(def.name)];
            if (!given(raw))
                raw = def.default;
            if (raw === '' && def.allowEmpty) {
                values.set(def.name, '');
                continue;
            }
            if (raw === undefined || raw === '') {
                if (def.required)
                    throw new UsageError(`input '${def.name}' is required`);
                continue;
            }
            if (def.secret)
                registerSecret(raw.trim());
            const kind = def.kind ?? 'string';
            // Values reach commands and URLs: far past any real value, refuse before the OS does (E2BIG).
            const limit = kind === 'multiline' ? MAX_MULTILINE : MAX_VALUE;
            if (raw.length > limit)
                throw new UsageError(`input '${def.name}' is ${raw.length} characters long; at most ${limit} are accepted`);
            if (kind === 'boolean') {
                const v = raw.trim().toLowerCase();
                if (!TRUE.has(v) && !FALSE.has(v)) {
                    throw new UsageError(`input '${def.name}' must be true or false, got '${raw}'`);
                }
            }
            if (def.options && !def.options.includes(raw.trim())) {
                throw new UsageError(`input '${def.name}' must be one of ${def.options.join(', ')}, got '${raw.trim()}'`);
            }
            values.set(def.name, kind === 'multiline' ? raw : raw.trim());
        }
        return new Inputs(defs, values, deprecations);
    }
    /** For tests and for steps calling steps: values given directly. */
    static of(step, values) {
        return Inputs.resolve(step, (def) => {
            const v = values[def.name];
            return v === undefined ? undefined : String(v);
        }, {});
    }
    def(name) {
        const d = this.defs.get(name);
        if (!d)
            throw new Error(`step has no input '${name}'`);
        return d;
    }
    has(name) {
        this.def(name);
        return this.values.has(name);
    }
    /** The value, or '' when not given and without default. */
    string(name) {
        this.def(name);
        return this.values.get(name) ?? '';
    }
    /** The value, or throws a usage error naming the input when it is empty. */
    require(name) {
        const v = this.string(name);
        if (!v)
            throw new UsageError(`input '${name}' is required`);
        return v;
    }
    boolean(name) {
        this.def(name);
        const v = this.values.get(name);
        return v !== undefined && TRUE.has(v.toLowerCase());
    }
    /** Comma- or newline-separated values, trimmed, empties dropped. */
    list(name) {
        return splitList(this.string(name));
    }
    /** Non-empty lines, trimmed; commas are kept (values like `a=1,2`). */
    lines(name) {
        return this.string(name)
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean);
    }
    integer(name, min = 0) {
        const v = this.string(name);
        if (v === '')
            return NaN;
        if (!/^\d+$/.test(v) || Number(v) < min) {
            throw new UsageError(`input '${name}' must be an integer ≥ ${min}, got '${v}'`);
        }
        return Number(v);
    }
}
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./lib/hosts/run.ts





/**
 * The one place a step is executed, whatever the surface: resolve and validate inputs, run,
 * check that it returned the outputs it declares. Errors become one redacted line.
 */
async function runStep(step, host, source) {
    try {
        const inputs = Inputs.resolve(step, source);
        if (step.inputs.some((d) => d.name === 'timeout')) {
            const ms = parseDuration(inputs.string('timeout'), 'timeout');
            if (!ms)
                throw new UsageError("input 'timeout' must be a duration above zero, e.g. 60s or 2m");
            setNetworkTimeout(ms);
        }
        for (const def of step.inputs)
            if (def.secret && inputs.has(def.name))
                host.setSecret(inputs.string(def.name));
        for (const w of inputs.deprecations)
            host.warning(w);
        const outputs = await step.run(inputs, host);
        for (const name of Object.keys(outputs)) {
            if (!step.outputs.some((o) => o.name === name))
                throw new Error(`step ${step.name} returned undeclared output '${name}'`);
        }
        return { ok: true, outputs: withOutputAliases(step, outputs) };
    }
    catch (err) {
        const message = safeText(err instanceof RingwayError ? err.message : `${step.name}: ${errorMessage(err)}`);
        if (!(err instanceof RingwayError) && err instanceof Error && err.stack)
            host.debug(err.stack);
        const outputs = err instanceof StepFailure ? withOutputAliases(step, err.outputs) : undefined;
        return { ok: false, message: firstLine(message), usage: err instanceof UsageError, ...(outputs ? { outputs } : {}) };
    }
}
/** Former output names carry the same value, so pipelines reading them keep working. */
function withOutputAliases(step, outputs) {
    const all = { ...outputs };
    for (const o of step.outputs)
        for (const a of o.aliases ?? [])
            if (o.name in outputs)
                all[a] = outputs[o.name];
    return all;
}
function firstLine(s) {
    const line = s.split('\n').find((l) => l.trim()) ?? s;
    return line.trim();
}
/** A markdown table for GitHub's job summary and Azure's uploaded summary. */
function markdownTable(rows) {
    if (rows.length === 0)
        return '';
    const esc = (c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const [head, ...body] = rows;
    return [
        `| ${head.map(esc).join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...body.map((r) => `| ${r.map(esc).join(' | ')} |`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./lib/text-table.ts
/**
 * A plain-text table for terminals: columns padded to their longest cell, counted in characters
 * (code points, so '✓' or an emoji takes the room it shows), a dashed rule under the header.
 */
function textTable(rows) {
    if (rows.length === 0)
        return '';
    const len = (c) => [...(c ?? '')].length;
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => len(r[i]))));
    const fmt = (r) => r.map((c, i) => (c ?? '') + ' '.repeat(Math.max(0, widths[i] - len(c)))).join('  ').trimEnd();
    return [fmt(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}

;// CONCATENATED MODULE: ./lib/hosts/cli.ts









/**
 * The terminal: logs and summaries go to stderr so that stdout carries only the outputs
 * (`name=value` lines, or one JSON object with --json) for scripts to read.
 */
class CliHost {
    opts;
    kind = 'cli';
    build = readBuildMetadata();
    depth = 0;
    constructor(opts = {}) {
        this.opts = opts;
    }
    write(line) {
        process.stderr.write(`${'  '.repeat(this.depth)}${safeText(line)}\n`);
    }
    info(message) {
        if (!this.opts.quiet)
            this.write(message);
    }
    warning(message) {
        this.write(`warning: ${message}`);
    }
    debug(message) {
        if (this.opts.verbose || process.env.RUNNER_DEBUG === '1')
            this.write(`debug: ${message}`);
    }
    async group(name, fn) {
        this.info(`▸ ${name}`);
        this.depth++;
        try {
            return await fn();
        }
        finally {
            this.depth--;
        }
    }
    setSecret(value) {
        registerSecret(value);
    }
    async summary(table) {
        if (this.opts.quiet)
            return;
        process.stderr.write(safeText(`\n${table.title}\n${textTable(table.rows)}\n${(table.notes ?? []).join('\n')}\n`));
    }
}
/** Runs one step from the command line; returns the exit code. */
async function runStepCli(step, argv) {
    const specs = [
        ...flagSpecsFor(step.inputs),
        ...buildMetadataFlags.map((f) => ({ name: f.name })),
        { name: 'json', boolean: true },
        { name: 'verbose', boolean: true },
        { name: 'quiet', boolean: true },
        { name: 'help', boolean: true },
    ];
    // `ringway generate --validate prod east`: a word after a boolean flag is a positional there.
    const { flags, positionals } = parseArgs(argv, specs, { positionals: !!step.positional });
    if (flags.get('help') === 'true') {
        process.stdout.write(stepHelp(step));
        return 0;
    }
    if (positionals.length) {
        const target = step.positional?.input;
        if (!target)
            throw new UsageError(`ringway ${step.name} takes no positional arguments, got '${positionals[0]}'`);
        if (flags.has(target))
            throw new UsageError(`give ${step.positional?.usage ?? target} as arguments or with --${target}, not both`);
        flags.set(target, positionals.join('\n'));
    }
    // Build metadata flags feed the same variables a non-GitHub/Azure orchestrator would set.
    for (const f of buildMetadataFlags) {
        const v = flags.get(f.name);
        if (v !== undefined)
            process.env[f.env] = v;
    }
    const host = new CliHost({ verbose: flags.get('verbose') === 'true', quiet: flags.get('quiet') === 'true' });
    // A flag's value is in the process list (`ps`) for every user of the machine: say so, once.
    const secretFlags = step.inputs.filter((d) => d.secret && flags.get(d.name)).map((d) => `--${d.name}`);
    if (secretFlags.length) {
        host.warning(`${secretFlags.join(', ')} on the command line can be read by other users of this machine (ps); set ${secretFlags.map((f) => envName(f.slice(2))).join(', ')} in the environment instead`);
    }
    const result = await runStep(step, host, (def) => flags.get(def.name));
    // Outputs are printed on failure too when the step has them (a gate's decision=reject).
    const { outputs } = result;
    if (outputs) {
        if (flags.get('json') === 'true')
            process.stdout.write(neutraliseJson(JSON.stringify(outputs)) + '\n');
        else
            for (const [k, v] of Object.entries(outputs))
                process.stdout.write(`${k}=${v}\n`);
    }
    if (!result.ok) {
        process.stderr.write(`error: ${result.message}\n`);
        return result.usage ? 2 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./lib/image/builder.ts





/** A short-lived folder holding the registry auth file and secret files (0600), removed after. */
class CredentialStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    static async create() {
        return new CredentialStore(await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_.tmpdir)(), 'ringway-auth-')));
    }
    /**
     * containers-auth.json / docker config.json (the one format all three builders read). Logins the
     * job already made (`docker login`, `buildah login`) are kept, so base images from other private
     * registries still pull; the step's own credentials win for its registry.
     */
    async authFile(registry, creds) {
        const file = (0,external_node_path_namespaceObject.join)(this.dir, 'config.json');
        const auths = {};
        for (const existing of existingAuthFiles().reverse()) {
            try {
                const parsed = JSON.parse(await (0,promises_namespaceObject.readFile)(existing, 'utf8'));
                Object.assign(auths, parsed.auths ?? {});
            }
            catch {
                // absent or unreadable: nothing to keep
            }
        }
        if (creds) {
            for (const key of Object.keys(auths))
                if (key.replace(/^https?:\/\//, '').replace(/\/.*$/, '') === registry)
                    delete auths[key];
            auths[registry] = { auth: Buffer.from(`${creds.username}:${creds.password}`).toString('base64') };
        }
        await (0,promises_namespaceObject.writeFile)(file, JSON.stringify({ auths }), { mode: 0o600 });
        return file;
    }
    async secretFile(id, value) {
        const file = (0,external_node_path_namespaceObject.join)(this.dir, `secret-${id}`);
        await (0,promises_namespaceObject.writeFile)(file, value, { mode: 0o600 });
        return file;
    }
    async dispose() {
        await (0,promises_namespaceObject.rm)(this.dir, { recursive: true, force: true });
    }
}
/** Auth files the builders would read on their own, highest priority first. */
function existingAuthFiles() {
    const e = process.env;
    return [
        e.REGISTRY_AUTH_FILE,
        e.XDG_RUNTIME_DIR && (0,external_node_path_namespaceObject.join)(e.XDG_RUNTIME_DIR, 'containers', 'auth.json'),
        (0,external_node_path_namespaceObject.join)(e.DOCKER_CONFIG || (0,external_node_path_namespaceObject.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json'),
    ].filter((f) => Boolean(f));
}
async function pickBuilder(name) {
    const candidates = name === 'auto' ? ['docker', 'buildah', 'podman'] : [name];
    for (const c of candidates) {
        const probe = await exec(c, ['--version'], { allowFailure: true }).catch(() => undefined);
        if (!probe || probe.code !== 0)
            continue;
        // The docker CLI without a reachable daemon cannot build; fall through to the next builder.
        if (c === 'docker' && (await exec('docker', ['info', '--format', '{{.ServerVersion}}'], { allowFailure: true })).code !== 0) {
            if (name === 'docker')
                throw new RingwayError('builder docker: no Docker daemon is reachable');
            continue;
        }
        return c;
    }
    throw new RingwayError(name === 'auto' ? 'no image builder found: install docker, buildah or podman' : `builder ${name} is not installed or not on PATH`);
}
function globalFlags(b, req) {
    return b !== 'docker' && req.storageDriver ? [`--storage-driver=${req.storageDriver}`] : [];
}
/**
 * Builds the image locally; labels, build args, target, platforms and secrets as each builder
 * spells them. The builder's log goes to `log` line by line as it runs; returns the image id.
 */
async function buildImage(b, req, env, log) {
    const args = [...globalFlags(b, req)];
    let runEnv = env;
    if (b === 'docker') {
        checkPlatforms(b, req.platforms);
        if (await hasBuildx(env))
            args.push('buildx', 'build', '--load');
        else {
            // The classic `docker build` accepts --secret and --platform only through BuildKit.
            args.push('build');
            runEnv = { ...env, DOCKER_BUILDKIT: '1' };
        }
    }
    else
        args.push(b === 'buildah' ? 'bud' : 'build');
    if (b !== 'docker' && req.isolation)
        args.push(`--isolation=${req.isolation}`);
    if (b !== 'docker' && !req.tlsVerify)
        args.push('--tls-verify=false');
    // Several platforms make a manifest list; `-t` would silently keep only one of the images.
    args.push('-f', req.dockerfile, isMultiPlatform(req) ? '--manifest' : '-t', req.localTag);
    for (const [k, v] of Object.entries(req.labels))
        args.push('--label', `${k}=${v}`);
    for (const a of req.buildArgs)
        args.push('--build-arg', a);
    if (req.target)
        args.push(`--target=${req.target}`);
    if (req.platforms.length)
        args.push(`--platform=${req.platforms.join(',')}`);
    for (const [id, file] of Object.entries(req.secrets))
        args.push('--secret', `id=${id},src=${file}`);
    // The image id as each builder writes it (sha256:…); a manifest list has none.
    const iidDir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_.tmpdir)(), 'ringway-iid-'));
    const iidFile = (0,external_node_path_namespaceObject.join)(iidDir, 'iid');
    if (!isMultiPlatform(req))
        args.push('--iidfile', iidFile);
    args.push(req.context);
    try {
        const r = await exec(b, args, { env: runEnv, allowFailure: true, label: `${b} build`, onLine: log });
        if (r.code !== 0)
            throw new RingwayError(`${b} build failed: ${lastLines(r.stderr || r.stdout, 2)}`);
        const id = await (0,promises_namespaceObject.readFile)(iidFile, 'utf8').catch(() => '');
        return id.trim() && !id.startsWith('sha256:') ? `sha256:${id.trim()}` : id.trim();
    }
    finally {
        await (0,promises_namespaceObject.rm)(iidDir, { recursive: true, force: true });
    }
}
/** Pushes the local image to `ref`; returns the digest the registry stored ('' when the builder did not say). */
async function pushImage(b, req, ref, opts) {
    const digestFile = (0,external_node_path_namespaceObject.join)(await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_.tmpdir)(), 'ringway-digest-')), 'digest');
    try {
        if (b === 'docker') {
            const env = { ...opts.env, DOCKER_CONFIG: (0,external_node_path_namespaceObject.join)(opts.authFile, '..') };
            await run(b, ['tag', req.localTag, ref], env);
            // `docker push` ends with "<tag>: digest: sha256:… size: …"; when it does not, the caller
            // asks the registry.
            const out = await run(b, ['push', ref], env, opts.log);
            return /digest: (sha256:[a-f0-9]{64})/.exec(out)?.[1] ?? '';
        }
        const args = [...globalFlags(b, req), ...(isMultiPlatform(req) ? ['manifest', 'push', '--all'] : ['push']), '--authfile', opts.authFile, '--digestfile', digestFile];
        if (opts.insecure)
            args.push('--tls-verify=false');
        args.push(req.localTag, `docker://${ref}`);
        await run(b, args, opts.env, opts.log);
        return (await (0,promises_namespaceObject.readFile)(digestFile, 'utf8')).trim();
    }
    finally {
        await (0,promises_namespaceObject.rm)((0,external_node_path_namespaceObject.join)(digestFile, '..'), { recursive: true, force: true });
    }
}
function isMultiPlatform(req) {
    return req.platforms.length > 1;
}
async function hasBuildx(env) {
    return (await exec('docker', ['buildx', 'version'], { env, allowFailure: true })).code === 0;
}
async function run(b, args, env, log) {
    const r = await exec(b, args, { env, allowFailure: true, label: `${b} ${args[0]}`, onLine: log });
    if (r.code !== 0)
        throw new RingwayError(`${b} ${args.find((a) => !a.startsWith('-')) ?? ''} failed: ${lastLines(r.stderr || r.stdout, 2)}`);
    return r.stdout;
}
/** Several platforms need a builder that keeps a manifest list; the step checks this before building. */
function checkPlatforms(b, platforms) {
    if (b === 'docker' && platforms.length > 1)
        throw new UsageError('docker loads one platform into its image store; use builder buildah or podman for several');
}
/** `KEY=value` lines of build args, checked (errors name the line; the step adds the input). */
function parseBuildArgs(lines) {
    for (const l of lines)
        if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(l))
            throw new UsageError(`build arg '${l}' is not NAME=value`);
    return lines;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./lib/template.ts

/**
 * Fills the `{name}` placeholders of a template (image tags, branch names) from `values`. A
 * placeholder not among them is an error that lists those that are; `value` may refine a known
 * one or refuse it (an empty value). `what` begins the error: where the template came from.
 */
function fillTemplate(template, values, what, value = (_k, v) => v) {
    return template.replace(/\{([\w-]+)\}/g, (m, key) => {
        if (!Object.hasOwn(values, key))
            throw new UsageError(`${what}: unknown placeholder ${m} in '${template}' (known: ${Object.keys(values).map((k) => `{${k}}`).join(', ')})`);
        return value(key, values[key], m);
    });
}

;// CONCATENATED MODULE: ./lib/image/tags.ts


/** The OCI distribution spec's tag grammar. */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/**
 * Fills a tag template from build metadata and makes it a valid tag: characters outside the
 * grammar become '-' (Bedrock turned '/', '.', '_' of branch names into '-': `feature/x` →
 * `feature-x`), leading separators are dropped, and it is cut to 128 characters.
 */
function renderTag(template, build, now = new Date(), surface = 'cli') {
    const values = {
        branch: build.branch,
        sha: build.commit,
        'short-sha': build.commit.slice(0, 7),
        'build-id': build.buildId,
        'build-number': build.buildNumber,
        'run-attempt': build.runAttempt,
        date: now.toISOString().slice(0, 10).replace(/-/g, ''),
    };
    // Errors name the template; the step adds the input it came from.
    const filled = fillTemplate(template, values, `tag template '${template}'`, (key, v, m) => {
        if (!v)
            throw new UsageError(`tag template '${template}': ${m} is empty: this build has no ${key.replace('-', ' ')} (${emptyHint(key, surface)})`);
        return key === 'branch' ? v.replace(/[/._]/g, '-') : v;
    });
    const tag = filled
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
    if (!TAG_PATTERN.test(tag))
        throw new UsageError(`tag template '${template}' gives '${filled}', which cannot be made a valid image tag`);
    return tag;
}
/** Where an empty placeholder's value comes from, in the words of the surface the step runs on. */
function emptyHint(key, surface) {
    const flag = `build-${key === 'sha' || key === 'short-sha' ? 'commit' : key}`;
    if (surface === 'cli')
        return `set it with --${flag} or RINGWAY_${flag.replace(/-/g, '_').toUpperCase()}`;
    const where = surface === 'github' ? 'the workflow run' : 'the pipeline run';
    return `${where} does not provide it: use another placeholder`;
}
function parseImageRef(ref, input = 'image') {
    const m = /^(?:([^/]+[.:][^/]*|localhost)\/)?([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/.exec(ref.trim());
    if (!m)
        throw new UsageError(`input '${input}': '${ref}' is not an image reference (registry/repository[:tag])`);
    const registry = m[1] ?? 'registry-1.docker.io';
    const repository = !m[1] && !m[2].includes('/') ? `library/${m[2]}` : m[2];
    return { registry, repository, tag: m[3], digest: m[4] };
}
function formatRef(r) {
    return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

;// CONCATENATED MODULE: ./lib/image/registry.ts





const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
/**
 * A client of the OCI distribution API: the WWW-Authenticate challenge (Basic, or Bearer through
 * the token service), manifests by tag or digest, copying a manifest to a new tag without moving
 * layers, and reading image labels. Plain HTTP only for registries named `insecure`.
 */
class RegistryClient {
    registry;
    creds;
    tokens = new Map();
    base;
    constructor(registry, creds, insecure = false) {
        this.registry = registry;
        this.creds = creds;
        this.base = `${insecure ? 'http' : 'https'}://${registry === 'registry-1.docker.io' ? 'registry-1.docker.io' : registry}`;
        if (creds) {
            registerSecret(creds.password);
            registerSecret(Buffer.from(`${creds.username}:${creds.password}`).toString('base64'));
        }
    }
    async send(method, path, scope, init = {}) {
        const url = `${this.base}${path}`;
        const attempt = (auth) => fetch(url, { method, headers: { ...init.headers, ...(auth ? { Authorization: auth } : {}) }, body: init.body, redirect: 'follow', signal: AbortSignal.timeout(networkTimeoutMs()) }).catch((e) => {
            if (e.name === 'TimeoutError')
                throw noAnswerError(`registry ${this.registry} (${method} ${path})`);
            throw new RingwayError(`cannot reach registry ${this.registry}: ${e.cause?.message ?? e.message}`);
        });
        let res = await attempt(this.tokens.get(scope));
        if (res.status !== 401)
            return res;
        const challenge = res.headers.get('www-authenticate') ?? '';
        const auth = await this.authorize(challenge, scope);
        if (!auth)
            throw new RingwayError(`registry ${this.registry} requires credentials: set 'registry-username' and 'registry-password'`);
        this.tokens.set(scope, auth);
        res = await attempt(auth);
        if (res.status === 401)
            throw new RingwayError(`registry ${this.registry} rejected the credentials (HTTP 401): check 'registry-username' and 'registry-password'`);
        return res;
    }
    /** Answers a WWW-Authenticate challenge: Basic directly, Bearer through the token service. */
    async authorize(challenge, scope) {
        const basic = this.creds ? `Basic ${Buffer.from(`${this.creds.username}:${this.creds.password}`).toString('base64')}` : undefined;
        if (/^basic/i.test(challenge))
            return basic;
        if (!/^bearer/i.test(challenge))
            return undefined;
        const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        if (!params.realm)
            throw new RingwayError(`registry ${this.registry} sent a Bearer challenge without a realm`);
        const q = new URLSearchParams(params.service ? { service: params.service } : {});
        // One `scope` parameter per scope, as the token specification spells a multi-repository request.
        for (const s of scope.split(' '))
            q.append('scope', s);
        const res = await fetch(`${params.realm}?${q}`, { headers: basic ? { Authorization: basic } : {}, signal: AbortSignal.timeout(networkTimeoutMs()) }).catch((e) => {
            throw new RingwayError(`cannot reach the token service of ${this.registry} (${params.realm}): ${e.cause?.message ?? e.message}`);
        });
        if (res.status === 401 || res.status === 403)
            throw new RingwayError(`registry ${this.registry} rejected the credentials (HTTP ${res.status}): check 'registry-username' and 'registry-password'`);
        if (!res.ok)
            throw new RingwayError(`token service of ${this.registry} answered HTTP ${res.status}`);
        const body = (await res.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RingwayError(`token service of ${this.registry} returned no token`);
        registerSecret(token);
        return `Bearer ${token}`;
    }
    scope(repository, push = false) {
        return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
    }
    /** The manifest at a tag or digest, or undefined when there is none. */
    async getManifest(repository, reference) {
        const res = await this.send('GET', `/v2/${repository}/manifests/${reference}`, this.scope(repository), { headers: { Accept: MANIFEST_TYPES.join(', ') } });
        if (res.status === 404)
            return undefined;
        if (!res.ok)
            throw await this.failure(res, `reading ${repository}:${reference}`);
        const bytes = Buffer.from(await res.arrayBuffer());
        const digest = res.headers.get('docker-content-digest') ?? `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        const json = JSON.parse(bytes.toString('utf8'));
        return { digest, mediaType: json.mediaType ?? res.headers.get('content-type') ?? MANIFEST_TYPES[1], bytes, json };
    }
    /** The digest at a tag: a HEAD request, falling back to GET when the registry omits the header. */
    async digest(repository, reference) {
        const res = await this.send('HEAD', `/v2/${repository}/manifests/${reference}`, this.scope(repository), { headers: { Accept: MANIFEST_TYPES.join(', ') } });
        if (res.status === 404)
            return undefined;
        if (!res.ok)
            throw await this.failure(res, `reading ${repository}:${reference}`);
        return res.headers.get('docker-content-digest') ?? (await this.getManifest(repository, reference))?.digest;
    }
    /** Every tag of a repository, following the `Link` header across pages. */
    async tags(repository) {
        const all = [];
        let path = `/v2/${repository}/tags/list?n=1000`;
        for (let page = 0; path && page < 100; page++) {
            const res = await this.send('GET', path, this.scope(repository));
            if (res.status === 404)
                return all;
            if (!res.ok)
                throw await this.failure(res, `listing tags of ${repository}`);
            all.push(...((await res.json()).tags ?? []));
            // Link: </v2/<name>/tags/list?n=1000&last=x>; rel="next"
            path = /<([^>]+)>;\s*rel="?next"?/.exec(res.headers.get('link') ?? '')?.[1];
            if (path && /^https?:/.test(path))
                path = new URL(path).pathname + new URL(path).search;
        }
        return all;
    }
    /** The image id (config digest, as `docker images --digests` shows it); for an index, that of its first image. */
    async configDigest(repository, reference) {
        return this.configDigestOf(repository, await this.getManifest(repository, reference));
    }
    /** configDigest of a manifest already read: no request, except for an index (its first image's). */
    async configDigestOf(repository, m) {
        if (m?.json.manifests?.length)
            m = await this.getManifest(repository, m.json.manifests[0].digest);
        return m?.json.config?.digest ?? '';
    }
    /** The labels of an image (from its config blob); for an index, those of its first image. */
    async labels(repository, reference) {
        let m = await this.getManifest(repository, reference);
        if (m?.json.manifests?.length)
            m = await this.getManifest(repository, m.json.manifests[0].digest);
        if (!m?.json.config)
            return {};
        const res = await this.send('GET', `/v2/${repository}/blobs/${m.json.config.digest}`, this.scope(repository));
        if (!res.ok)
            throw await this.failure(res, `reading the config of ${repository}:${reference}`);
        const config = (await res.json());
        return config.config?.Labels ?? {};
    }
    /**
     * Gives `to` the manifest of `from`, byte for byte (so the digest is the same). Within one
     * repository this is a single PUT; across repositories the layers are mounted, never downloaded.
     * Returns the manifest digest and the image id (config digest), read from the manifest it copied.
     */
    async copy(from, to) {
        const src = await this.getManifest(from.repository, from.digest ?? from.tag ?? 'latest');
        if (!src)
            throw new RingwayError(`source image ${formatRef(from)} does not exist`);
        await this.putTree(from.repository, to.repository, src);
        await this.putManifest(to.repository, to.tag ?? src.digest, src);
        return { digest: src.digest, imageId: await this.configDigestOf(from.repository, src) };
    }
    async putTree(fromRepo, toRepo, m) {
        if (fromRepo === toRepo)
            return;
        for (const child of m.json.manifests ?? []) {
            const c = await this.getManifest(fromRepo, child.digest);
            if (!c)
                throw new RingwayError(`image ${fromRepo}@${child.digest} is missing from the registry`);
            await this.putTree(fromRepo, toRepo, c);
            await this.putManifest(toRepo, c.digest, c);
        }
        for (const blob of [m.json.config, ...(m.json.layers ?? [])].filter((b) => Boolean(b))) {
            const res = await this.send('POST', `/v2/${toRepo}/blobs/uploads/?mount=${blob.digest}&from=${fromRepo}`, `repository:${toRepo}:pull,push repository:${fromRepo}:pull`);
            if (res.status === 202) {
                // The registry opened an upload instead of mounting: cancel it rather than copy layers through here.
                const location = res.headers.get('location');
                if (location)
                    await this.send('DELETE', location.startsWith('http') ? new URL(location).pathname + new URL(location).search : location, this.scope(toRepo, true)).catch(() => undefined);
                throw new RingwayError(`registry ${this.registry} would not mount ${blob.digest} from ${fromRepo} into ${toRepo} (the credentials may lack pull access to ${fromRepo}); nothing was copied`);
            }
            if (res.status !== 201)
                throw await this.failure(res, `mounting ${blob.digest} from ${fromRepo} into ${toRepo}`);
        }
    }
    async putManifest(repository, reference, m) {
        const res = await this.send('PUT', `/v2/${repository}/manifests/${reference}`, this.scope(repository, true), {
            headers: { 'Content-Type': m.mediaType },
            body: m.bytes,
        });
        if (!res.ok)
            throw await this.failure(res, `writing ${repository}:${reference}`);
    }
    async failure(res, what) {
        let detail = '';
        try {
            const body = (await res.json());
            detail = body.errors?.map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ') ?? '';
        }
        catch {
            // not JSON
        }
        if (res.status === 403)
            return new RingwayError(`${what}: registry ${this.registry} denied access (HTTP 403)${detail ? `: ${detail}` : ''}`);
        return new RingwayError(`${what}: registry ${this.registry} answered HTTP ${res.status}${detail ? `: ${detail}` : ''}`);
    }
}

;// CONCATENATED MODULE: ./lib/steps/types.ts
/** How long a step waits for a server that does not answer; hosts apply it before the step runs. */
const timeoutInput = {
    name: 'timeout',
    description: 'How long to wait for a server (git, forge API, table service, registry) that does not answer, retries included, e.g. 60s, 2m',
    default: '60s',
};
/**
 * GitHub Action input carrying the job's own token (default `github.token`) for `jobToken` inputs
 * left empty; kept apart from `token` so the job token is sent only to the job's own server.
 */
const JOB_TOKEN_INPUT = 'job-token';
/** Inputs that every step talking to git accepts (SPEC: token, git-user-name, git-user-email, dry-run). */
const gitInputs = [
    { name: 'token', description: "Token for the git server, sent only as an HTTP Authorization header; default the job's own token", secret: true, jobToken: true },
    { name: 'git-user-name', description: 'Author name of commits made by this step', default: 'ringway-bot' },
    { name: 'git-user-email', description: 'Author email of commits made by this step', default: 'ringway-bot@users.noreply.github.com' },
    { name: 'dry-run', description: 'Do everything except push, open pull requests or write remote state', kind: 'boolean', default: 'false' },
    timeoutInput,
];

;// CONCATENATED MODULE: ./lib/steps/build-image.ts








const REVISION = 'org.opencontainers.image.revision';
const step = {
    name: 'build-image',
    title: 'Build image',
    description: 'Builds and pushes a container image once per commit and computes its tags from the build. When the registry already holds an image for this commit (by its revision label), or when source-image is given, it retags by copying the manifest inside the registry: no rebuild, no layer download.',
    azureTaskId: 'c4a1e6f2-8b3d-4c7e-9a05-6d2f1b8e3c97',
    azureCategory: 'Build',
    inputs: [
        { name: 'image', description: 'Image repository, registry/repository (e.g. ghcr.io/contoso/frontend)', required: true },
        { name: 'context', description: 'Build context folder', default: '.' },
        { name: 'file', description: 'Dockerfile path; default <context>/Dockerfile', aliases: ['dockerfile'] },
        {
            name: 'tags',
            description: "Tag templates: {branch} {sha} {short-sha} {build-id} {build-number} {run-attempt} {date}; full references of this image (docker/metadata-action's tags output) are taken as their tags",
            kind: 'list',
            default: '{branch}-{build-id}',
        },
        { name: 'builder', description: 'Image builder; auto takes the first of docker, buildah, podman that works', options: ['auto', 'docker', 'buildah', 'podman'], default: 'auto' },
        { name: 'push', description: 'Push to the registry (false: build locally only)', kind: 'boolean', default: 'true' },
        { name: 'build-args', description: 'NAME=value build arguments, one per line', kind: 'multiline' },
        { name: 'secrets', description: 'id=value build secrets, one per line; passed as build secrets (--secret), never as build args', kind: 'multiline', secret: true },
        { name: 'secret-files', description: 'id=path build secrets read from files, one per line; passed as build secrets (--secret)', kind: 'multiline' },
        { name: 'labels', description: 'Extra key=value image labels, one per line', kind: 'multiline' },
        { name: 'target', description: 'Build stage to stop at' },
        { name: 'platforms', description: 'Target platforms (linux/amd64,linux/arm64) where the builder supports them', kind: 'list' },
        { name: 'registry-username', description: 'Registry user name' },
        { name: 'registry-password', description: 'Registry password or token', secret: true },
        { name: 'source-image', description: 'Promote this existing image (registry/repo:tag) to the computed tags instead of building' },
        { name: 'skip-existing', description: 'Retag instead of building when the registry already holds an image built from this commit', kind: 'boolean', default: 'true', visibleWhen: 'push = true' },
        { name: 'insecure-registry', description: 'Talk plain HTTP to the registry (always so for localhost and 127.0.0.1, as Docker does); true also lets buildah/podman pull base images without TLS verification', kind: 'boolean', default: 'false' },
        { name: 'isolation', description: 'buildah/podman isolation (chroot works in unprivileged CI containers); empty = builder default' },
        { name: 'storage-driver', description: 'buildah/podman storage driver (vfs works everywhere); empty = builder default' },
        // The registry API calls (promotion, retag, the revision lookup) give up on a registry that never answers.
        timeoutInput,
    ],
    outputs: [
        { name: 'image', description: 'Image repository (registry/repository)' },
        { name: 'tag', description: 'First tag' },
        { name: 'tags', description: 'All tags, comma-separated' },
        { name: 'digest', description: 'Manifest digest (sha256:…)' },
        { name: 'image-ref', description: 'Immutable reference registry/repository@sha256:…' },
        { name: 'built', description: "'true' when built now, 'false' when an existing image was retagged" },
        { name: 'imageid', description: 'Image id (config digest sha256:…), as docker/build-push-action names it' },
        { name: 'metadata', description: 'Build result as JSON (containerimage.digest, containerimage.config.digest, image.name), as docker/build-push-action gives it' },
    ],
    async run(inputs, host) {
        const image = parseImageRef(inputs.string('image'));
        if (image.tag || image.digest)
            throw new UsageError(`input 'image': give the repository without a tag (${image.registry}/${image.repository}); tags come from 'tags'`);
        const tags = [...new Set(inputs.list('tags').map((t) => withInput('tags', () => renderTag(tagOf(t, image), host.build, new Date(), host.kind))))];
        if (!tags.length)
            throw new UsageError("input 'tags' gives no tag");
        const push = inputs.boolean('push');
        const insecure = inputs.boolean('insecure-registry') || /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(image.registry);
        const creds = credentials(inputs.string('registry-username'), inputs.string('registry-password'));
        const client = new RegistryClient(image.registry, creds, insecure);
        const repo = image.repository;
        const ref = (tag) => ({ ...image, tag });
        const finish = async (digest, built, imageId = '') => {
            // Without a push there is no registry digest, so no immutable reference either.
            const imageid = imageId || (digest ? await client.configDigest(repo, digest) : '');
            const name = `${image.registry}/${repo}`;
            const metadata = JSON.stringify({
                ...(digest ? { 'containerimage.digest': digest } : {}),
                ...(imageid ? { 'containerimage.config.digest': imageid } : {}),
                'image.name': tags.map((t) => `${name}:${t}`).join(','),
            });
            const out = { image: name, tag: tags[0], tags: tags.join(','), digest, 'image-ref': digest ? `${name}@${digest}` : '', built: String(built), imageid, metadata };
            host.info(digest ? `${built ? 'built and pushed' : 'retagged'} ${out['image-ref']} as ${tags.join(', ')}` : `built ${out.image}:${tags[0]} locally (push: false)`);
            await host.summary({ title: `ringway build-image: ${built ? 'built' : 'retagged, not rebuilt'}`, rows: [['image', 'tags', 'digest', 'built'], [out.image, out.tags, digest, out.built]] });
            return out;
        };
        const source = inputs.string('source-image');
        if (source) {
            const from = parseImageRef(source, 'source-image');
            if (from.registry !== image.registry)
                throw new UsageError(`input 'source-image': promotion copies within one registry (${image.registry}), got ${from.registry}`);
            if (!from.tag && !from.digest)
                throw new UsageError(`input 'source-image': give a tag or digest (${formatRef(from)}:<tag>)`);
            const copied = await host.group(`Promote ${formatRef(from)}`, async () => {
                return copyToTags(client, from, tags.map(ref));
            });
            return finish(copied.digest, false, copied.imageId);
        }
        const context = (0,external_node_path_namespaceObject.resolve)(inputs.string('context'));
        if (!(0,external_node_fs_namespaceObject.existsSync)(context))
            throw new UsageError(`input 'context': folder ${inputs.string('context')} does not exist`);
        const dockerfile = inputs.string('file') ? (0,external_node_path_namespaceObject.resolve)(inputs.string('file')) : (0,external_node_path_namespaceObject.join)(context, 'Dockerfile');
        if (!(0,external_node_fs_namespaceObject.existsSync)(dockerfile))
            throw new UsageError(`input 'file': ${inputs.string('file') || (0,external_node_path_namespaceObject.join)(inputs.string('context'), 'Dockerfile')} does not exist`);
        const buildArgs = withInput('build-args', () => parseBuildArgs(inputs.lines('build-args')));
        const revision = host.build.commit;
        if (push) {
            // Reachability and credentials are proven before anything is built.
            await client.tags(repo);
            if (revision && inputs.boolean('skip-existing')) {
                const existing = await host.group('Look for an image of this commit', () => findByRevision(client, repo, revision, tags));
                if (existing) {
                    host.info(`${repo}:${existing} was built from ${revision}: retagging instead of rebuilding`);
                    const copied = await copyToTags(client, ref(existing), tags.map(ref));
                    return finish(copied.digest, false, copied.imageId);
                }
            }
        }
        const builder = await pickBuilder(inputs.string('builder'));
        withInput('platforms', () => checkPlatforms(builder, inputs.list('platforms')));
        const store = await CredentialStore.create();
        try {
            const secrets = {};
            for (const line of inputs.lines('secrets')) {
                const eq = line.indexOf('=');
                if (eq < 1)
                    throw new UsageError("input 'secrets': each line must be id=value");
                const value = line.slice(eq + 1);
                registerSecret(value);
                secrets[line.slice(0, eq)] = await store.secretFile(line.slice(0, eq), value);
            }
            for (const line of inputs.lines('secret-files')) {
                const eq = line.indexOf('=');
                if (eq < 1)
                    throw new UsageError(`input 'secret-files': '${line}' is not id=path`);
                const file = (0,external_node_path_namespaceObject.resolve)(line.slice(eq + 1));
                if (!(0,external_node_fs_namespaceObject.existsSync)(file))
                    throw new UsageError(`input 'secret-files': ${line.slice(eq + 1)} (secret ${line.slice(0, eq)}) does not exist`);
                secrets[line.slice(0, eq)] = file;
            }
            const labels = {
                ...(revision ? { [REVISION]: revision } : {}),
                ...(host.build.repositoryUrl ? { 'org.opencontainers.image.source': host.build.repositoryUrl } : {}),
                'org.opencontainers.image.created': new Date().toISOString(),
            };
            for (const l of inputs.lines('labels')) {
                const eq = l.indexOf('=');
                if (eq < 1)
                    throw new UsageError(`input 'labels': '${l}' is not key=value`);
                labels[l.slice(0, eq)] = l.slice(eq + 1);
            }
            const req = {
                context,
                dockerfile,
                localTag: `${image.registry}/${repo}:${tags[0]}`,
                buildArgs,
                labels,
                target: inputs.string('target'),
                platforms: inputs.list('platforms'),
                secrets,
                isolation: inputs.string('isolation'),
                storageDriver: inputs.string('storage-driver'),
                tlsVerify: !inputs.boolean('insecure-registry'),
            };
            const authFile = await store.authFile(image.registry, creds);
            // buildah/podman read REGISTRY_AUTH_FILE for pulls of base images too.
            const env = { REGISTRY_AUTH_FILE: authFile };
            // The builder's own log, streamed inside its group as build-push-action shows it.
            const log = (line) => host.info(line);
            const imageId = await host.group(`Build with ${builder}`, () => buildImage(builder, req, env, log));
            if (!push)
                return finish('', true, imageId);
            const pushed = await host.group(`Push ${formatRef(ref(tags[0]))}`, () => pushImage(builder, req, formatRef(ref(tags[0])), { authFile, insecure, env, log }));
            const digest = pushed || (await client.digest(repo, tags[0]));
            if (!digest)
                throw new RingwayError(`${builder} pushed ${formatRef(ref(tags[0]))} but the registry has no manifest there`);
            await copyToTags(client, ref(tags[0]), tags.slice(1).map(ref), [tags[0]]);
            return finish(digest, true, imageId);
        }
        finally {
            await store.dispose();
        }
    },
};
/**
 * A tag template, or a full reference of this image (`ghcr.io/o/app:v1`, one line of
 * docker/metadata-action's tags output) reduced to its tag. A reference to another image is refused.
 */
function tagOf(entry, image) {
    const slash = entry.lastIndexOf('/');
    const colon = entry.lastIndexOf(':');
    if (slash < 0 && colon < 0)
        return entry;
    const name = colon > slash ? entry.slice(0, colon) : entry;
    const tag = colon > slash ? entry.slice(colon + 1) : '';
    const same = name === `${image.registry}/${image.repository}` || (image.registry === 'registry-1.docker.io' && (name === image.repository || name === `docker.io/${image.repository}` || `library/${name}` === image.repository));
    if (!same || !tag)
        throw new UsageError(`input 'tags': '${entry}' is not a tag of ${image.registry}/${image.repository}`);
    return tag;
}
/**
 * Copies `from` to each target in turn. The distribution API cannot write several tags at once (nor
 * remove a tag), so when one fails the error says which tags already hold the image: they point at
 * the right digest, and a re-run writes the rest.
 */
async function copyToTags(client, from, targets, written = []) {
    let copied = { digest: '', imageId: '' };
    for (const to of targets) {
        try {
            copied = await client.copy(from, to);
        }
        catch (err) {
            if (!written.length || !(err instanceof RingwayError))
                throw err;
            throw new RingwayError(`${err.message}; already tagged with this image: ${written.join(', ')}; run the step again to write the rest`);
        }
        written.push(to.tag ?? '');
    }
    return copied;
}
function credentials(username, password) {
    if (!username && !password)
        return undefined;
    if (!username || !password)
        throw new UsageError("inputs 'registry-username' and 'registry-password' go together");
    return { username, password };
}
/** Tags whose labels are read when looking for an image of this commit, and how many at a time. */
const REVISION_SCAN_LIMIT = 30;
const REVISION_SCAN_CONCURRENCY = 6;
/**
 * A tag of `repo` whose image carries this commit as its revision label. Candidates in order: the
 * wanted tags, tags naming the short sha, then the rest in descending natural order (so
 * `main-1234` comes before `main-999`: build ids grow). Bounded, so a repository with thousands of
 * tags costs at most REVISION_SCAN_LIMIT config reads per build.
 */
async function findByRevision(client, repo, revision, wanted) {
    const all = await client.tags(repo);
    const short = revision.slice(0, 7);
    const rest = all.filter((t) => !wanted.includes(t) && !t.includes(short)).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    const ordered = [...all.filter((t) => wanted.includes(t)), ...all.filter((t) => !wanted.includes(t) && t.includes(short)), ...rest].slice(0, REVISION_SCAN_LIMIT);
    for (let i = 0; i < ordered.length; i += REVISION_SCAN_CONCURRENCY) {
        const batch = ordered.slice(i, i + REVISION_SCAN_CONCURRENCY);
        const labels = await Promise.all(batch.map((t) => client.labels(repo, t)));
        const hit = batch.find((_t, j) => labels[j][REVISION] === revision);
        if (hit)
            return hit;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/git/trust.ts

/**
 * Where a token may be sent. Only hosts the pipeline author named (repository and API inputs, the
 * `trusted-hosts` input, the orchestrator's own repository) are trusted; a host learnt from a
 * table row, an HLD file or a forge answer is not, so writing a row cannot steer a token.
 */
class TrustedHosts {
    /** host or host:port exactly as URL.host gives it (lower case, default port dropped). */
    exact = new Set();
    /** trusted-hosts entries without a port: that host name on any port. */
    anyPort = new Set();
    /** `urls`: repository/API URLs from inputs ('' ignored). `hosts`: the `trusted-hosts` input. */
    constructor(urls, hosts = [], inputName = 'trusted-hosts') {
        for (const u of urls) {
            const h = trust_hostOf(u);
            if (h)
                this.exact.add(h);
        }
        for (const entry of hosts) {
            const e = entry.trim().toLowerCase();
            if (!e)
                continue;
            if (e.includes('://')) {
                const h = trust_hostOf(e);
                if (!h)
                    throw new UsageError(`input '${inputName}': '${entry}' is not a host name`);
                this.exact.add(h);
            }
            else if (/^[a-z0-9.-]+:\d{1,5}$|^\[[0-9a-f:.]+\]:\d{1,5}$/.test(e)) {
                this.exact.add(e);
            }
            else if (/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(e) && !e.startsWith('-')) {
                this.anyPort.add(e);
            }
            else {
                throw new UsageError(`input '${inputName}': '${entry}' is not a host name (host, host:port or a URL)`);
            }
        }
        // GitHub's API lives on its own host: a trusted github.com means api.github.com too.
        if (this.exact.has('github.com') || this.anyPort.has('github.com'))
            this.exact.add('api.github.com');
    }
    /**
     * Whether a token may go where `url` points. URLs git reaches without HTTP (ssh, file, local
     * paths) never carry our token, so they need no trust.
     */
    allows(url) {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            return true;
        }
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return true;
        const host = u.host.toLowerCase();
        return this.exact.has(host) || this.anyPort.has(u.hostname.toLowerCase());
    }
}
/**
 * URL.host of an http(s)/ssh/git URL (lower case, with a non-default port), or the host of an
 * scp-like address; '' otherwise (file URLs, local paths). The one host rule of every token
 * decision: trusted hosts, the job token's hosts and the auth header's form.
 */
function trust_hostOf(url) {
    const v = url.trim();
    if (!v)
        return '';
    try {
        const u = new URL(v);
        return u.protocol === 'file:' ? '' : u.host.toLowerCase();
    }
    catch {
        const scp = /^(?:[^@/]+@)?([^:/]+):/.exec(v);
        return scp ? scp[1].toLowerCase() : '';
    }
}

;// CONCATENATED MODULE: ./lib/git/job-token.ts

/**
 * The job's own token (GitHub's `github.token`, Azure's System.AccessToken) reaches a step without
 * the pipeline author naming it, so it may go only where the job itself runs: its own server, as
 * actions/checkout sends its default token only to the workflow's GitHub. A token given explicitly
 * is the author's choice and goes where the inputs say.
 */
let job;
/** Hosts the job token may be sent to, from the orchestrator's own server URLs. */
function jobTokenHosts(serverUrls) {
    const hosts = new Set();
    for (const u of serverUrls) {
        const h = hostOf(u);
        if (!h)
            continue;
        hosts.add(h);
        if (h === 'github.com')
            hosts.add('api.github.com');
        // Azure DevOps answers one organisation under both names.
        const org = /^([a-z0-9-]+)\.visualstudio\.com$/.exec(h)?.[1] ?? (h === 'dev.azure.com' ? orgOf(u) : undefined);
        if (org) {
            hosts.add('dev.azure.com');
            hosts.add(`${org}.visualstudio.com`);
        }
    }
    return hosts;
}
function registerJobToken(token, serverUrls) {
    if (token)
        job = { token, hosts: jobTokenHosts(serverUrls) };
}
/** The token to send to `url`: the job token only to the job's own server, others unchanged. */
function tokenFor(url, token) {
    if (!token || !job || token !== job.token)
        return token;
    return job.hosts.has(trust_hostOf(url)) ? token : undefined;
}
/** For tests. */
function clearJobToken() {
    job = undefined;
}
function orgOf(url) {
    try {
        return new URL(url).pathname.split('/').filter(Boolean)[0]?.toLowerCase();
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/git/validate.ts




/**
 * The one home of the rules for values that reach git (and helm) as operands: repository URLs and
 * refs. Inputs and stored values (table rows, HLD files) both pass through here before any command
 * runs, so an option-looking value (`--upload-pack=…`) is refused with a line naming where it came
 * from, instead of running. docs/security.md states the same rules for users.
 */
/** `what` is an input name (`manifest-repo` → "input 'manifest-repo'") or a phrase used as written. */
function describe(what) {
    return /^[a-z][a-z0-9-]*$/.test(what) ? `input '${what}'` : what;
}
const MAX_URL = 2048;
const MAX_REF = 255;
const SCHEMES = new Set(['https:', 'http:', 'ssh:', 'git:', 'file:']);
const CONTROL = /[\x00-\x1f\x7f]/;
/** Hosts a plain-http URL may name: the machine itself (tests, local mirrors); elsewhere use https. */
function isLoopback(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
/**
 * A repository URL git may be given: https; http to a loopback host only; ssh (`ssh://` or
 * `[user@]host:path`); git://; file:// and local paths. Never an option (leading `-`), never a
 * remote-helper address (`ext::…`, which runs commands), never credentials in the URL (the `token`
 * input is the one way to authenticate), no control characters. Returns the trimmed URL.
 */
function checkRepoUrl(value, what) {
    const url = value.trim();
    const who = describe(what);
    if (!url)
        throw new UsageError(`${who} is required`);
    const bad = (why) => new UsageError(`${who}: '${shorten(url)}' is not a repository URL git may be given: ${why}`);
    if (url.length > MAX_URL)
        throw bad(`longer than ${MAX_URL} characters`);
    if (CONTROL.test(url))
        throw bad('it contains control characters');
    if (url.startsWith('-'))
        throw bad("it starts with '-' and would be read as an option");
    if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(url))
        throw bad('remote-helper addresses (<transport>::<address>) are not supported');
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            throw new UsageError(`${who} is not a valid URL`);
        }
        if (!SCHEMES.has(u.protocol))
            throw bad(`scheme '${u.protocol.slice(0, -1)}' is not supported (https, http to this machine, ssh, git, file)`);
        const web = u.protocol === 'https:' || u.protocol === 'http:';
        if (u.password || (u.username && web)) {
            registerSecret(decodeURIComponent(u.password));
            registerSecret(decodeURIComponent(u.username));
            throw new UsageError(`${who} must not contain credentials; pass the token in the 'token' input`);
        }
        if (u.hostname.startsWith('-'))
            throw bad("its host starts with '-'");
        if (u.protocol === 'http:' && !isLoopback(u.hostname))
            throw bad('plain http is only accepted for this machine (localhost); use https');
        if (u.protocol !== 'file:' && !u.hostname)
            throw bad('it names no host');
        return url;
    }
    // scp-like ssh address: [user@]host:path, the colon before any slash (git's own rule).
    const scp = /^(?:([^@/]+)@)?(\[[^\]/]+\]|[^:/]+):(.*)$/.exec(url);
    if (scp && !/^[A-Za-z]:[\\/]/.test(url)) {
        const [, user, host, path] = scp;
        if (host.startsWith('-') || (user ?? '').startsWith('-'))
            throw bad("its host starts with '-'");
        // `javascript:alert(1)`, `mailto:x`: a scheme without `//` is not an ssh address. The scp form
        // needs a host that looks like one — a dotted name, localhost, an [IPv6] address — or a user
        // (`git@alias:repo`, for an alias of ~/.ssh/config).
        if (!isScpHost(host, user !== undefined))
            throw bad(`'${host}' is not a host name: ssh addresses are user@host:path, host.domain:path or ssh://host/path`);
        if (!path)
            throw bad('it names no repository path');
        return url;
    }
    return url; // a local path (absolute, or relative to the working folder)
}
/** The host of a scp-like address: a dotted host name, localhost or [IPv6]; any host name after `user@`. */
function isScpHost(host, hasUser) {
    if (/^\[[0-9A-Fa-f:.]+\]$/.test(host))
        return true;
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(host))
        return false;
    return hasUser || host.includes('.') || host.toLowerCase() === 'localhost';
}
/**
 * A repository URL given by an input (`hld-repo`, `manifest-repo`): as checkRepoUrl, and a local
 * path must be an existing folder — returned absolute, since git runs in a temporary clone where a
 * relative path would mean something else. Runs before any network work, so a typo fails at once.
 */
function checkRepoInput(value, input) {
    const url = checkRepoUrl(value, input);
    if (!isLocalPath(url))
        return url;
    const path = (0,external_node_path_namespaceObject.resolve)(url);
    if (!(0,external_node_fs_namespaceObject.existsSync)(path) || !(0,external_node_fs_namespaceObject.statSync)(path).isDirectory()) {
        throw new UsageError(`${describe(input)}: '${shorten(url)}' is neither a repository URL (https://…, ssh://…, user@host:path) nor an existing folder`);
    }
    return path;
}
/** A value checkRepoUrl took for a local path: no scheme, not the scp form. */
function isLocalPath(url) {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url))
        return false;
    return !/^(?:[^@/]+@)?[^:/]+:/.test(url) || /^[A-Za-z]:[\\/]/.test(url);
}
/** Optional variant: '' stays ''. */
function checkOptionalRepoUrl(value, what) {
    return value.trim() ? checkRepoUrl(value, what) : '';
}
/**
 * A ref git may be given (branch, tag, commit): git check-ref-format's rules for one ref name, plus
 * never starting with '-'. A commit SHA (hex) passes. Returns the value.
 */
function checkRef(value, what) {
    const ref = value;
    const who = describe(what);
    const bad = (why) => new UsageError(`${who}: '${shorten(ref)}' is not a valid git ref: ${why}`);
    if (!ref)
        throw new UsageError(`${who} is required`);
    if (ref.length > MAX_REF)
        throw bad(`longer than ${MAX_REF} characters`);
    if (ref.startsWith('-'))
        throw bad("it starts with '-' and would be read as an option");
    if (CONTROL.test(ref) || /[ ~^:?*[\\]/.test(ref))
        throw bad('it contains a space, a control character or one of ~ ^ : ? * [ \\');
    if (ref.includes('..'))
        throw bad("it contains '..'");
    if (ref.includes('@{') || ref === '@')
        throw bad("it contains '@{' or is '@'");
    if (ref.startsWith('/') || ref.endsWith('/') || ref.includes('//'))
        throw bad("it has an empty part between '/'");
    if (ref.endsWith('.'))
        throw bad("it ends with '.'");
    for (const part of ref.split('/')) {
        if (part.startsWith('.'))
            throw bad("a part starts with '.'");
        if (part.endsWith('.lock'))
            throw bad("a part ends with '.lock'");
    }
    return ref;
}
/** Optional variant: '' stays ''. */
function checkOptionalRef(value, what) {
    return value ? checkRef(value, what) : '';
}
function shorten(s) {
    const clean = s.replace(/[\x00-\x1f\x7f]/g, '?');
    return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
/** A chart repository for `helm pull --repo`: an http(s) or oci URL, never an option. */
function checkHelmRepoUrl(value, what) {
    const url = value.trim();
    const who = describe(what);
    if (!url)
        throw new UsageError(`${who} is required`);
    if (url.length > MAX_URL || CONTROL.test(url) || url.startsWith('-') || !/^(https?|oci):\/\/[^-/]/i.test(url)) {
        throw new UsageError(`${who}: '${shorten(url)}' is not a chart repository URL (http, https or oci)`);
    }
    return url;
}

;// CONCATENATED MODULE: ./lib/git/auth.ts



/**
 * The Authorization header git sends for a token. GitHub takes Basic `x-access-token:<token>`
 * (what actions/checkout sends); Azure DevOps takes Basic with an empty user and the PAT, or Bearer
 * for System.AccessToken (a JWT). Other servers get Basic `x-access-token:<token>`.
 */
function authorizationHeader(url, token) {
    if (isAzureDevOpsHost(trust_hostOf(url))) {
        if (/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(token))
            return `AUTHORIZATION: bearer ${token}`;
        return `AUTHORIZATION: basic ${Buffer.from(`:${token}`).toString('base64')}`;
    }
    return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}
/** Azure DevOps Services: dev.azure.com (ssh.dev.azure.com too) and <org>.visualstudio.com, any port. */
function isAzureDevOpsHost(host) {
    return /((^|\.)dev\.azure\.com|\.visualstudio\.com)(:\d+)?$/i.test(host);
}
/**
 * Environment that makes one git command send the token. `GIT_CONFIG_COUNT/KEY/VALUE` is the
 * environment form of `git -c http.extraheader=…`: same scope (this command only, never written to
 * .git/config) but not visible in the process list, where `-c` arguments are.
 */
function gitAuthEnv(url, token, base = process.env) {
    const env = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
    token = tokenFor(url, token);
    if (!token)
        return env;
    registerSecret(token);
    const header = authorizationHeader(url, token);
    registerSecret(header);
    const n = Number(base.GIT_CONFIG_COUNT ?? '0') || 0;
    env.GIT_CONFIG_COUNT = String(n + 1);
    env[`GIT_CONFIG_KEY_${n}`] = 'http.extraheader';
    env[`GIT_CONFIG_VALUE_${n}`] = header;
    return env;
}
// Repository URL rules live in validate.ts; re-exported for the steps that import them from here.

/** The URL with any userinfo removed, for log lines and error messages. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        u.username = '';
        u.password = '';
        return u.toString();
    }
    catch {
        return url;
    }
}

;// CONCATENATED MODULE: ./lib/telemetry/row.ts
/**
 * One deployment = one table row, in the layout Spektate and bedrock-cli use (all strings, one
 * PartitionKey). ringway adds columns Spektate ignores (author, PR link, merged-by, timestamps per
 * stage, which stage set each field) and never changes the meaning of Spektate's own columns.
 */
const SPEKTATE_COLUMNS = ['commitId', 'env', 'imageTag', 'p1', 'service', 'p2', 'hldCommitId', 'p3', 'manifestCommitId', 'sourceRepo', 'hldRepo', 'manifestRepo', 'pr'];
const RINGWAY_COLUMNS = [
    'author', 'prUrl', 'mergedBy', 'cluster', 'imageBuiltAt', 'hldUpdatedAt', 'prMergedAt', 'manifestsGeneratedAt', 'manifestsPushedAt', 'syncedAt', 'syncFailedAt', 'clusters', 'commitTime', 'gateRejectedAt',
    // rollback: the new deployment names the one it replaces (rollbackOf); the replaced one is marked.
    'rollbackOf', 'rolledBackBy', 'rolledBackAt', 'rollbackReason',
];
const STAGES = ['image-built', 'hld-updated', 'pr-merged', 'manifests-generated', 'manifests-pushed', 'cluster-synced', 'sync-failed', 'gate-rejected', 'rollback'];
const STAGE_TIME = {
    'image-built': 'imageBuiltAt',
    'hld-updated': 'hldUpdatedAt',
    'pr-merged': 'prMergedAt',
    'manifests-generated': 'manifestsGeneratedAt',
    'manifests-pushed': 'manifestsPushedAt',
    'cluster-synced': 'syncedAt',
    'sync-failed': 'syncFailedAt',
    'gate-rejected': 'gateRejectedAt',
    // A rollback is an HLD update of the previous tag.
    rollback: 'hldUpdatedAt',
};
/** Where a stage sits in a deployment's story (a later stage's value wins); a rollback is an HLD update. */
const RANK = { rollback: 2 };
function rankOf(stage) {
    return RANK[stage] ?? STAGES.indexOf(stage) + 1;
}
/**
 * Columns that tell deployments apart whatever stage set them: a row and a record (or two rows)
 * with different non-empty values in any of these are different deployments. `env` keeps rings
 * apart, `imageTag` tags, the rest pipeline runs, pull requests and manifest commits.
 */
const IDENTITY = ['imageTag', 'env', 'p1', 'p2', 'p3', 'pr', 'manifestCommitId'];
/**
 * Ids of one deployment to one ring: sharing a value in one of these makes a record (or a row) part
 * of the same deployment. The image tag is not one: every ring of a tag shares it.
 */
const LINKS = ['p2', 'pr', 'hldCommitId', 'p3', 'manifestCommitId'];
/** A row that only knows about the image (image-built so far, perhaps for a named ring): no deployment id yet. */
function imageOnly(row) {
    return LINKS.every((k) => !row[k]);
}
const same = (a, b) => Boolean(a && b && a.toLowerCase() === b.toLowerCase());
const differ = (a, b) => Boolean(a && b && a.toLowerCase() !== b.toLowerCase());
/**
 * Whether `fields`, written by a stage of rank `rank`, contradict `row`: an identity column differs,
 * or the HLD commit differs where the same stage set it (the HLD commit moves from the PR commit to
 * the merge commit between stages, so only a same-stage difference is a contradiction).
 */
function contradicts(row, fields, rank) {
    if (IDENTITY.some((k) => differ(row[k], fields[k])))
        return true;
    return differ(row.hldCommitId, fields.hldCommitId) && (ranks(row).hldCommitId ?? 0) === rank;
}
/** Whether `fields` name the same deployment as `row` by one of its ids. */
function linked(row, fields) {
    return LINKS.some((k) => same(row[k], fields[k]));
}
function ranks(row) {
    try {
        return row.ringwayRanks ? JSON.parse(row.ringwayRanks) : {};
    }
    catch {
        return {};
    }
}
/**
 * The columns `fields` (written by a stage of rank `rank`) change on `row`: empty columns are
 * filled; a filled one is replaced only by a stage at least as late as the one that set it.
 */
function changes(row, fields, rank) {
    const r = ranks(row);
    const set = {};
    for (const [k, v] of Object.entries(fields)) {
        if (v === undefined || v === '')
            continue;
        const current = row[k];
        if (current === v) {
            r[k] = Math.max(r[k] ?? 0, rank);
            continue;
        }
        if (!current || rank >= (r[k] ?? 0)) {
            set[k] = v;
            r[k] = rank;
        }
    }
    return { set, ranks: r };
}
/**
 * Whether two rows are the same deployment: linked by an id of one ring's deployment, or one of them
 * only knows the image of the other, and no identity column disagrees (whatever the ranks: a later
 * stage never turns one ring's row into another's).
 */
function compatible(a, b) {
    if (IDENTITY.some((k) => differ(a[k], b[k])))
        return false;
    if (differ(a.hldCommitId, b.hldCommitId) && (ranks(a).hldCommitId ?? 0) === (ranks(b).hldCommitId ?? 0))
        return false;
    if (linked(a, b))
        return true;
    // An image row joins the rows of its tag; one recorded for a named ring, only that ring's.
    const [image, other] = imageOnly(a) ? [a, b] : [b, a];
    return imageOnly(image) && same(a.imageTag, b.imageTag) && (!image.env || same(image.env, other.env));
}
/** `b` folded into `a` column by column with the same rank rule. */
function fold(a, b) {
    const rb = ranks(b);
    const out = { set: {}, ranks: ranks(a) };
    let row = { ...a };
    for (const k of [...SPEKTATE_COLUMNS, ...RINGWAY_COLUMNS]) {
        const v = b[k];
        if (!v)
            continue;
        const c = changes({ ...row, ringwayRanks: JSON.stringify(out.ranks) }, { [k]: v }, rb[k] ?? 0);
        Object.assign(out.set, c.set);
        out.ranks = c.ranks;
        row = { ...row, ...c.set };
    }
    return out;
}
/** Spektate-style state from the stages a row has. */
function stateOf(row) {
    if (row.rolledBackAt)
        return 'Rolled back';
    if (syncFailed(row))
        return 'Sync failed';
    if (row.syncedAt)
        return 'Synced';
    if (row.manifestCommitId)
        return 'Ready to deploy';
    if (row.p3 || row.prMergedAt)
        return 'Merged';
    if (row.p2 || row.hldCommitId)
        return row.pr ? 'Awaiting approval' : 'HLD updated';
    if (row.p1)
        return 'Image built';
    return 'Incomplete';
}
const STAGE_TIMES = ['imageBuiltAt', 'hldUpdatedAt', 'prMergedAt', 'manifestsGeneratedAt', 'manifestsPushedAt', 'syncedAt', 'syncFailedAt'];
function clusterSyncs(row) {
    try {
        const v = row.clusters ? JSON.parse(row.clusters) : {};
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
    }
    catch {
        return {};
    }
}
/** The cluster's latest word is a failure (a failure after the last success). */
function clusterFailed(c) {
    return Boolean(c.failedAt && (!c.okAt || c.failedAt > c.okAt));
}
/** A cluster of the ring reports a failure it has not recovered from (or a manual sync-failed stage after the last sync). */
function syncFailed(row) {
    const map = Object.values(clusterSyncs(row));
    if (map.length)
        return map.some(clusterFailed);
    return Boolean(row.syncFailedAt && (!row.syncedAt || row.syncFailedAt > row.syncedAt));
}
/**
 * When the deployment to its ring started: its first ring stage. The build time is not one: it is
 * copied into every ring's row of the tag, so it cannot tell two deployments of one tag apart.
 */
function ringStartedAt(row) {
    const times = STAGE_TIMES.filter((k) => k !== 'imageBuiltAt').map((k) => row[k]).filter((t) => Boolean(t));
    return times.sort()[0] ?? row.timestamp ?? '';
}
/** Newest deployment first: by when it started in its ring, then by its latest stage. */
function newestFirst(a, b) {
    const [sa, sb] = [ringStartedAt(a), ringStartedAt(b)];
    if (sa !== sb)
        return sa < sb ? 1 : -1;
    const [la, lb] = [lastUpdated(a), lastUpdated(b)];
    return la === lb ? 0 : la < lb ? 1 : -1;
}
function lastUpdated(row) {
    const times = STAGE_TIMES.map((k) => row[k]).filter((t) => Boolean(t));
    return times.sort().pop() ?? row.timestamp ?? '';
}
/** Minutes from the first recorded stage to the last, two decimals (Spektate's unit). */
function durationMinutes(row) {
    const times = STAGE_TIMES.map((k) => row[k]).filter((t) => Boolean(t)).map((t) => Date.parse(t)).sort((a, b) => a - b);
    if (times.length < 2)
        return '';
    return ((times[times.length - 1] - times[0]) / 60000).toFixed(2);
}

;// CONCATENATED MODULE: ./lib/telemetry/store.ts




const COLUMNS = [...SPEKTATE_COLUMNS, ...RINGWAY_COLUMNS];
/** The deployment table, through @azure/data-tables. */
class DeploymentStore {
    options;
    partitionKey;
    ensured;
    connected;
    constructor(options, partitionKey) {
        this.options = options;
        this.partitionKey = partitionKey;
    }
    /** Checks the options; the SDK is loaded and the client made on first use. */
    static open(o) {
        if (!o.tableName)
            throw new UsageError("input 'table-name' is required");
        if (!o.partitionKey)
            throw new UsageError("input 'partition-key' is required");
        if (o.connectionString) {
            registerSecret(o.connectionString);
            registerSecret(/AccountKey=([^;]+)/i.exec(o.connectionString)?.[1]);
            registerSecret(/SharedAccessSignature=([^;]+)/i.exec(o.connectionString)?.[1]);
        }
        else if (o.accountName && (o.accountKey || o.sasToken)) {
            registerSecret(o.accountKey || o.sasToken);
        }
        else {
            throw new UsageError("telemetry storage: give 'connection-string', or 'account-name' with 'account-key' or 'sas-token'");
        }
        return new DeploymentStore(o, o.partitionKey);
    }
    get tableName() {
        return this.options.tableName;
    }
    /** The SDK's client for this table (made once). */
    client() {
        this.connected ??= guarded(() => connect(this.options));
        return this.connected;
    }
    /** Creates the table on first use when it does not exist. */
    ensureTable() {
        this.ensured ??= this.client().then((c) => guarded(() => c.createTable().catch((err) => {
            if (err.statusCode !== 409)
                throw err;
        })));
        return this.ensured;
    }
    /** Rows of this partition where every given column equals the value. */
    async find(where) {
        await this.ensureTable();
        const clauses = Object.entries(where).filter(([, v]) => v);
        let filter = `PartitionKey eq ${quote(this.partitionKey)}`;
        for (const [k, v] of clauses) {
            if (!/^\w+$/.test(k))
                throw new Error(`bad column ${k}`);
            filter += ` and ${k} eq ${quote(v)}`;
        }
        const out = [];
        for await (const page of this.pages({ filter }))
            for (const e of page)
                out.push(toRow(e));
        return out;
    }
    /** Rows of this partition matching any of the given column sets (one query instead of several). */
    async findAny(wheres) {
        const terms = wheres
            .map((w) => Object.entries(w).filter(([, v]) => v))
            .filter((c) => c.length)
            .map((c) => `(${c.map(([k, v]) => {
            if (!/^\w+$/.test(k))
                throw new Error(`bad column ${k}`);
            return `${k} eq ${quote(v)}`;
        }).join(' and ')})`);
        if (!terms.length)
            return [];
        const out = [];
        for await (const row of this.all(`(${terms.join(' or ')})`))
            out.push(row);
        return out;
    }
    /** Every row of the partition, page by page (continuation tokens followed). */
    async *all(filter = '') {
        const f = `PartitionKey eq ${quote(this.partitionKey)}` + (filter ? ` and ${filter}` : '');
        for await (const page of this.pages({ filter: f })) {
            for (const e of page)
                yield toRow(e);
        }
    }
    /**
     * Raw entities of a query (its filter names the partition), a page of up to 1000 at a time;
     * `select` reads only those columns.
     */
    async *pages(query) {
        await this.ensureTable();
        const client = await this.client();
        const it = client.listEntities({ queryOptions: query }).byPage({ maxPageSize: 1000 })[Symbol.asyncIterator]();
        for (;;) {
            const page = await guarded(() => it.next());
            if (page.done)
                return;
            yield page.value;
        }
    }
    async insert(fields, ranks, rowKey) {
        await this.ensureTable();
        const entity = { partitionKey: this.partitionKey, rowKey, ...clean(fields), ringwayRanks: JSON.stringify(ranks) };
        const client = await this.client();
        const res = await guarded(() => client.createEntity(entity));
        return { ...entity, etag: res.etag };
    }
    /** Merges columns into a row only if it is unchanged since read (ETag); a StorageError with status 412 otherwise. */
    async update(row, fields, ranks) {
        const client = await this.client();
        await guarded(() => client.updateEntity({ partitionKey: row.partitionKey, rowKey: row.rowKey, ...clean(fields), ringwayRanks: JSON.stringify(ranks) }, 'Merge', { etag: row.etag }));
    }
    async remove(row) {
        const client = await this.client();
        await guarded(() => client.deleteEntity(row.partitionKey, row.rowKey, { etag: row.etag }));
    }
}
/** Loads the SDK and makes the client the options describe. */
async function connect(o) {
    const { AzureNamedKeyCredential, AzureSASCredential, TableClient } = await __nccwpck_require__.e(/* import() */ 704).then(__nccwpck_require__.bind(__nccwpck_require__, 704));
    const http = (url) => url.startsWith('http://');
    let client;
    if (o.connectionString) {
        const endpoint = /TableEndpoint=([^;]+)/i.exec(o.connectionString)?.[1] ?? '';
        try {
            client = TableClient.fromConnectionString(o.connectionString, o.tableName, { allowInsecureConnection: http(endpoint) || /UseDevelopmentStorage=true/i.test(o.connectionString) });
        }
        catch {
            // The SDK's TypeError quotes nothing useful; the value itself is a secret.
            throw new UsageError("input 'connection-string' is not a storage connection string (AccountName=…;AccountKey=…;TableEndpoint=…, or a SAS form)");
        }
    }
    else {
        const endpoint = o.endpoint || `https://${o.accountName}.table.core.windows.net`;
        const options = { allowInsecureConnection: http(endpoint) };
        client = o.accountKey
            ? new TableClient(endpoint, o.tableName, new AzureNamedKeyCredential(o.accountName, o.accountKey), options)
            : new TableClient(endpoint, o.tableName, new AzureSASCredential(o.sasToken.replace(/^\?/, '')), options);
    }
    boundRequests(client);
    return client;
}
/** An OData string literal (quotes doubled), as the odata`` helper writes an interpolation. */
function quote(v) {
    return `'${v.replace(/'/g, "''")}'`;
}
function clean(fields) {
    const out = {};
    for (const [k, v] of Object.entries(fields))
        if (v !== undefined && v !== '')
            out[k] = String(v);
    return out;
}
function toRow(e) {
    const row = { partitionKey: e.partitionKey, rowKey: e.rowKey, etag: e.etag, timestamp: e.timestamp };
    for (const k of COLUMNS)
        if (typeof e[k] === 'string' && e[k])
            row[k] = e[k];
    if (typeof e.ringwayRanks === 'string')
        row.ringwayRanks = e.ringwayRanks;
    return row;
}
/** A short, readable error for a failed table call (never the connection string). */
/**
 * Every operation (its retries included) is given up after the step's network budget: a table
 * service that accepts and never answers must not hang the step. Added without a phase, the
 * policy runs once per operation, before the SDK's retry policy.
 */
function boundRequests(client) {
    const service = `table service ${new URL(client.url).origin}`;
    client.pipeline.addPolicy({
        name: 'ringway-deadline',
        async sendRequest(request, next) {
            const deadline = AbortSignal.timeout(networkTimeoutMs());
            request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal, deadline]) : deadline;
            try {
                return await next(request);
            }
            catch (err) {
                if (deadline.aborted)
                    throw noAnswerError(service);
                throw err;
            }
        },
    });
}
/**
 * A failed table call, as one readable line (never the connection string). The HTTP status stays
 * on it: the telemetry writers retry a 412 (row changed since read), 409 and 404.
 */
class StorageError extends RingwayError {
    statusCode;
    constructor(message, statusCode) {
        super(message);
        this.statusCode = statusCode;
    }
}
function storageError(err) {
    const e = err;
    if (e.statusCode === 403)
        return new StorageError('telemetry: the storage account refused the credentials (HTTP 403)', 403);
    if (e.code === 'ECONNREFUSED' || /ECONNREFUSED|ENOTFOUND|fetch failed|socket/i.test(e.message ?? ''))
        return new StorageError(`telemetry: cannot reach the table service: ${e.code ?? e.message}`, e.statusCode);
    return new StorageError(`telemetry: table service error${e.statusCode ? ` (HTTP ${e.statusCode})` : ''}: ${(e.message ?? String(err)).split('\n')[0]}`, e.statusCode);
}
/** Runs one table call; what the SDK or the network throws comes out as a StorageError, ours unchanged. */
async function guarded(call) {
    try {
        return await call();
    }
    catch (err) {
        throw err instanceof RingwayError ? err : storageError(err);
    }
}

;// CONCATENATED MODULE: ./lib/telemetry/query.ts



function view(row) {
    const service = row.service ?? '';
    // Spektate shows only the part after a single '/' ("repo/service" → "service").
    const shown = service.split('/').length === 2 ? service.split('/')[1] : service;
    const times = [row.imageBuiltAt, row.hldUpdatedAt, row.prMergedAt, row.manifestsGeneratedAt, row.manifestsPushedAt, row.syncedAt, row.syncFailedAt].filter(Boolean).sort();
    return {
        deploymentId: row.rowKey,
        state: stateOf(row),
        service: shown,
        ring: row.env ?? '',
        author: row.author ?? '',
        imageTag: row.imageTag ?? '',
        commitId: row.commitId ?? '',
        buildId: row.p1 ?? '',
        hldCommitId: row.hldCommitId ?? '',
        pr: row.pr ?? '',
        prUrl: row.prUrl ?? '',
        mergedBy: row.mergedBy ?? '',
        releaseId: row.p2 ?? '',
        manifestCommitId: row.manifestCommitId ?? '',
        manifestBuildId: row.p3 ?? '',
        synced: row.syncedAt ?? '',
        cluster: row.cluster ?? '',
        clusters: Object.entries(clusterSyncs(row))
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([name, c]) => ({ name, synced: c.syncedAt ?? '', failed: c.failedAt ?? '', reason: c.reason ?? '', failing: clusterFailed(c) })),
        syncFailed: row.syncFailedAt ?? '',
        lastUpdated: lastUpdated(row),
        started: times[0] ?? row.timestamp ?? '',
        durationMinutes: durationMinutes(row),
        rollbackOf: row.rollbackOf ?? '',
        rolledBackBy: row.rolledBackBy ?? '',
        rollbackReason: row.rollbackReason ?? '',
    };
}
/** The row is of `service`: its full name, or the part after a single '/' as Spektate shows it. */
function matchesService(row, service) {
    const full = (row.service ?? '').toLowerCase();
    const want = service.toLowerCase();
    const parts = full.split('/');
    return full === want || (parts.length === 2 && parts[1] === want);
}
function parseSince(since, now = Date.now()) {
    const m = /^(\d+)([mhdw])$/.exec(since.trim());
    if (m)
        return now - Number(m[1]) * { m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 }[m[2]];
    const t = Date.parse(since);
    if (Number.isNaN(t))
        throw new UsageError(`option --since must be a date (2026-11-01) or a duration (24h, 7d), got '${since}'`);
    return t;
}
/**
 * Deployments matching the filter, newest first. Columns stored lowercase (bedrock-cli and
 * Spektate lowercase ids) are filtered by the table service; the rest are compared here,
 * case-insensitively, while paging through the partition.
 */
async function listDeployments(store, f) {
    const server = [];
    const eq = (col, v) => v && server.push(`${col} eq ${quote(v.toLowerCase())}`);
    eq('p1', f.buildId);
    eq('commitId', f.commitId);
    eq('RowKey', f.deploymentId);
    eq('env', f.ring);
    const since = f.since ? parseSince(f.since) : undefined;
    const same = (a, b) => !b || a.toLowerCase() === b.toLowerCase();
    const out = [];
    for await (const row of store.all(server.join(' and '))) {
        const v = view(row);
        if (!same(v.imageTag, f.imageTag) || (f.service && !matchesService(row, f.service)) || !same(v.author, f.author) || !same(v.state, f.status))
            continue;
        if (since !== undefined && Date.parse(v.lastUpdated || '1970-01-01') < since)
            continue;
        out.push(v);
    }
    out.sort((a, b) => (a.lastUpdated < b.lastUpdated ? 1 : a.lastUpdated > b.lastUpdated ? -1 : 0));
    return f.top ? out.slice(0, f.top) : out;
}
/** The sync column: each cluster with its own time (✓ synced, ✘ failing), else the single recorded sync. */
function syncText(v) {
    const hm = (t) => t.replace('T', ' ').slice(0, 16);
    if (v.clusters.length)
        return v.clusters.map((c) => (c.failing ? `✘ ${c.name} ${c.reason}`.trim() : c.synced ? `✓ ${c.name} ${hm(c.synced)}` : `… ${c.name}`)).join(', ');
    if (v.state === 'Sync failed')
        return '✘';
    return v.synced ? `✓ ${v.cluster}`.trim() : '';
}

;// CONCATENATED MODULE: ./lib/promotion/clusters.ts




/** Which clusters run each ring: `dev=aks-dev,prod=aks-weu+aks-eus` (comma or newline separated). Errors name the entry; the step adds the input. */
function parseRingClusters(entries, rings) {
    const out = {};
    for (const raw of entries) {
        const entry = raw.trim();
        if (!entry)
            continue;
        const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(entry);
        if (!m)
            throw new UsageError(`'${entry}' is not <ring>=<cluster>[+<cluster>…]`);
        const ring = m[1].toLowerCase();
        if (!rings.includes(ring))
            throw new UsageError(`ring '${ring}' is not in the rings list ${rings.join(', ')}`);
        if (out[ring])
            throw new UsageError(`ring '${ring}' has clusters twice`);
        const clusters = m[2].split('+').map((c) => c.trim());
        const bad = clusters.find((c) => !/^[\w.:/@-]{1,200}$/.test(c));
        if (bad !== undefined)
            throw new UsageError(`'${bad}' is not a cluster name (ring ${ring})`);
        out[ring] = clusters;
    }
    return out;
}
/** A commit status is about a cluster when the cluster is one of its name's `/` or `:` separated parts. */
function statusOfCluster(check, cluster) {
    return check.name.toLowerCase().split(/[/:\s]+/).includes(cluster.toLowerCase());
}
/** A recorded failure on a cluster of the ring that has not recovered. */
function failureOf(row) {
    const failing = Object.entries(clusterSyncs(row)).filter(([, c]) => clusterFailed(c));
    if (failing.length)
        return failing.map(([n, c]) => `sync failed on ${n} at ${c.failedAt}${c.reason ? ` (${c.reason})` : ''}`).join('; ');
    if (syncFailed(row))
        return `sync failed at ${row.syncFailedAt}`;
    return undefined;
}
/**
 * Every named cluster of the ring must have applied the deployment: recorded by an operator event
 * (or a cluster-synced stage naming it), else a Flux / Argo CD commit status on the manifest
 * commit whose name contains the cluster. A failed status rejects, a pending one waits.
 */
async function clustersSynced(row, clusters, statuses) {
    const map = clusterSyncs(row);
    const manual = new Set((row.cluster ?? '').split(',').map((c) => c.trim().toLowerCase()).filter(Boolean));
    const times = [];
    const done = [];
    let missing = [];
    for (const c of clusters) {
        const rec = map[c];
        if (rec?.syncedAt) {
            times.push(rec.syncedAt);
            done.push(`${c} at ${rec.syncedAt}`);
        }
        else if (manual.has(c.toLowerCase()) && row.syncedAt) {
            times.push(row.syncedAt);
            done.push(`${c} at ${row.syncedAt}`);
        }
        else
            missing.push(c);
    }
    let fromStatus = false;
    if (missing.length && statuses) {
        let found;
        try {
            found = await statuses();
        }
        catch (err) {
            if (err instanceof UsageError)
                throw err;
            return { verdict: 'wait', detail: `cannot read commit statuses of the manifest commit: ${redact(errorMessage(err))}` };
        }
        const still = [];
        for (const c of missing) {
            const mine = found.filter((s) => statusOfCluster(s, c));
            const failed = mine.find((s) => s.state === 'failure');
            if (failed)
                return { verdict: 'reject', detail: `commit status ${failed.name} on the manifest commit is ${failed.detail} (cluster ${c})` };
            if (mine.length && mine.every((s) => s.state === 'success')) {
                done.push(`${c} (commit status ${mine[0].name})`);
                fromStatus = true;
            }
            else
                still.push(c);
        }
        missing = still;
    }
    if (missing.length)
        return { verdict: 'wait', detail: `not synced yet on ${missing.join(', ')}${done.length ? ` (synced: ${done.join(', ')})` : ''}` };
    if (fromStatus && row.manifestsPushedAt)
        times.push(row.manifestsPushedAt);
    const since = times.sort().pop();
    return { verdict: 'pass', detail: `synced on ${done.join(', ')}`, since, sinceWhat: fromStatus && since === row.manifestsPushedAt ? 'manifests pushed' : 'synced on every cluster' };
}

;// CONCATENATED MODULE: ./lib/promotion/health-url.ts


/** Query parameters that carry keys (Azure Functions `code`, SAS `sig`, API keys, tokens). */
const SECRET_PARAM = /^(code|key|apikey|api[-_]key|sig|signature|token|access[-_]token|auth|password|secret|client[-_]secret|x-functions-key)$/i;
/**
 * A health URL from the `health-url` input, checked, with every secret part of it registered for
 * redaction before anything can print it: the userinfo, the query string and key-like parameters.
 */
function healthTarget(value, input = 'health-url') {
    let u;
    try {
        u = new URL(value);
    }
    catch {
        throw new UsageError(`input '${input}': '${shownOf(value)}' is not an http(s) URL`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new UsageError(`input '${input}': '${shownOf(value)}' is not an http(s) URL`);
    const user = decodeURIComponent(u.username);
    const password = decodeURIComponent(u.password);
    registerSecret(password);
    registerSecret(u.password);
    registerSecret(u.search.slice(1));
    for (const [k, v] of u.searchParams)
        if (SECRET_PARAM.test(k))
            registerSecret(v);
    const headers = {};
    if (user || password) {
        const basic = Buffer.from(`${user}:${password}`).toString('base64');
        registerSecret(basic);
        headers.authorization = `Basic ${basic}`;
    }
    u.username = '';
    u.password = '';
    const shown = `${u.protocol}//${u.host}${u.pathname}`;
    // The whole URL is a secret only for what it adds to `shown` (registering `shown` would hide it).
    for (const whole of [value, u.toString()])
        if (whole.replace(/\/$/, '') !== shown.replace(/\/$/, ''))
            registerSecret(whole);
    return { url: u.toString(), headers, shown };
}
/** Scheme, host and path of a URL-ish text, for error lines: no userinfo, query or fragment. */
function shownOf(value) {
    return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1').replace(/[?#].*$/s, '').slice(0, 200);
}

;// CONCATENATED MODULE: ./lib/promotion/evaluate.ts








const evaluate_short = (sha = '') => sha.slice(0, 7);
/** The most advanced deployment of the tag to a ring: synced, then pushed, then newest. */
function bestRow(rows) {
    const score = (r) => (r.syncedAt ? 2 : r.manifestCommitId ? 1 : 0);
    const when = (r) => r.syncedAt ?? r.manifestsPushedAt ?? r.timestamp ?? '';
    return [...rows].sort((a, b) => score(b) - score(a) || (when(b) > when(a) ? 1 : when(b) < when(a) ? -1 : 0))[0];
}
/**
 * Decides whether `imageTag` may move from `pair.from` to `pair.to`. Every condition asked for is
 * evaluated and reported; a reject anywhere rejects, else a wait anywhere waits, else promote.
 */
async function evaluateGate(q, deps) {
    const conditions = [];
    const { from } = q.pair;
    const rows = (await deps.rowsForTag(q.imageTag)).filter((r) => matchesService(r, q.service));
    const inRing = rows.filter((r) => (r.env ?? '').toLowerCase() === from);
    const row = bestRow(inRing);
    if (!rows.length) {
        conditions.push({ name: 'deployed', verdict: 'reject', detail: `no deployment of ${q.service} with image tag ${q.imageTag} is recorded` });
    }
    else if (!row) {
        const rings = [...new Set(rows.map((r) => r.env).filter(Boolean))];
        conditions.push({ name: 'deployed', verdict: 'wait', detail: `${q.imageTag} is not deployed to ${from} yet${rings.length ? ` (recorded in: ${rings.join(', ')})` : ' (image built, HLD not updated)'}` });
    }
    else if (!row.manifestCommitId) {
        conditions.push({ name: 'deployed', verdict: 'wait', detail: `deployment ${row.rowKey} to ${from} is at '${stateOf(row)}'; its manifests are not pushed yet` });
    }
    else {
        conditions.push({ name: 'deployed', verdict: 'pass', detail: `deployment ${row.rowKey}: manifest commit ${evaluate_short(row.manifestCommitId)} in ${from}` });
    }
    const deployed = conditions[0].verdict === 'pass' ? row : undefined;
    // A tag rolled back in a ring is rejected for every later ring (reported only when it was).
    const ringIndex = (r) => q.pair.rings.indexOf((r.env ?? '').toLowerCase());
    const rolledBack = rows.filter((r) => r.rolledBackAt && ringIndex(r) >= 0 && ringIndex(r) < q.pair.rings.indexOf(q.pair.to));
    if (rolledBack.length) {
        const r = rolledBack[0];
        conditions.push({ name: 'rolled-back', verdict: 'reject', detail: `${q.imageTag} was rolled back in ${r.env} at ${r.rolledBackAt} (deployment ${r.rowKey}${r.rollbackReason ? `: ${r.rollbackReason}` : ''}); it does not go further` });
    }
    const needs = (name) => conditions.push({ name, verdict: 'skip', detail: `needs a deployment to ${from}` });
    // Synced: the cluster-synced stage, else the operator's sync tag on the manifest repository.
    let soakStart;
    let soakFrom = '';
    if (!q.requireSynced) {
        conditions.push({ name: 'synced', verdict: 'skip', detail: 'not required' });
        soakStart = deployed?.manifestsPushedAt;
        soakFrom = 'manifests pushed';
    }
    else if (!deployed) {
        needs('synced');
    }
    else if (failureOf(deployed)) {
        // An operator reported that the ring's cluster could not apply (or keep healthy) this deployment.
        conditions.push({ name: 'synced', verdict: 'reject', detail: `deployment ${deployed.rowKey}: ${failureOf(deployed)}` });
    }
    else if (q.ringClusters?.[from]?.length) {
        const repo = q.manifestRepo || deployed.manifestRepo || '';
        const sha = deployed.manifestCommitId;
        const v = await clustersSynced(deployed, q.ringClusters[from], repo && q.syncStatuses ? () => deps.signals(repo, 'manifest-repo').commitChecks(sha) : undefined);
        conditions.push({ name: 'synced', verdict: v.verdict, detail: v.detail });
        soakStart = v.since;
        soakFrom = v.sinceWhat ?? '';
    }
    else if (deployed.syncedAt) {
        conditions.push({ name: 'synced', verdict: 'pass', detail: `synced${deployed.cluster ? ` to ${deployed.cluster}` : ''} at ${deployed.syncedAt}` });
        soakStart = deployed.syncedAt;
        soakFrom = 'synced';
    }
    else {
        const repo = q.manifestRepo || deployed.manifestRepo || '';
        if (!repo) {
            conditions.push({ name: 'synced', verdict: 'wait', detail: `no cluster-synced stage recorded for deployment ${deployed.rowKey}, and no 'manifest-repo' to read the ${q.syncTag} tag from` });
        }
        else {
            const commit = deployed.manifestCommitId;
            const tag = await deps.syncTag(repo, q.syncTag, commit);
            if (tag.applied) {
                conditions.push({ name: 'synced', verdict: 'pass', detail: `${q.syncTag} (${evaluate_short(tag.tagCommit)}) includes manifest commit ${evaluate_short(commit)}` });
                // The tag does not say when it moved: soak counts from the push, the earliest it could have.
                soakStart = deployed.manifestsPushedAt;
                soakFrom = 'manifests pushed';
            }
            else {
                conditions.push({
                    name: 'synced',
                    verdict: 'wait',
                    detail: tag.tagCommit ? `${q.syncTag} is at ${evaluate_short(tag.tagCommit)}, which does not include manifest commit ${evaluate_short(commit)} yet` : `${displayUrl(repo)} has no ${q.syncTag} tag yet`,
                });
            }
        }
    }
    let readyAt;
    if (q.soakMs > 0) {
        if (!deployed)
            needs('soaked');
        else if (!soakStart)
            conditions.push({ name: 'soaked', verdict: 'wait', detail: q.requireSynced ? 'the soak starts once the ring is synced' : 'no manifests-pushed time recorded to count the soak from' });
        else {
            const elapsed = deps.now() - Date.parse(soakStart);
            const end = Date.parse(soakStart) + q.soakMs;
            if (elapsed >= q.soakMs) {
                conditions.push({ name: 'soaked', verdict: 'pass', detail: `${formatDuration(elapsed)} since ${soakFrom} (needs ${formatDuration(q.soakMs)})` });
            }
            else {
                readyAt = new Date(end).toISOString();
                conditions.push({ name: 'soaked', verdict: 'wait', detail: `soaking: ${formatDuration(Math.max(0, elapsed))} of ${formatDuration(q.soakMs)} since ${soakFrom}; ready at ${readyAt}` });
            }
        }
    }
    if (q.requiredChecks.length) {
        if (!deployed)
            needs('checks');
        else
            conditions.push(await checksCondition(q, deployed, deps));
    }
    if (q.requiredApprovals > 0) {
        if (!deployed)
            needs('approvals');
        else
            conditions.push(await approvalsCondition(q, deployed, deps));
    }
    if (q.healthUrls.length)
        conditions.push(await healthCondition(q));
    const decision = conditions.some((c) => c.verdict === 'reject') ? 'reject' : conditions.some((c) => c.verdict === 'wait') ? 'wait' : 'promote';
    const open = conditions.filter((c) => c.verdict === 'reject' || c.verdict === 'wait');
    const checked = conditions.filter((c) => c.verdict === 'pass').map((c) => c.name);
    const reason = decision === 'promote' ? `${q.imageTag} may go from ${from} to ${q.pair.to}: ${checked.join(', ')}` : open.map((c) => `${c.name}: ${c.detail}`).join('; ');
    const onlySoak = decision === 'wait' && open.every((c) => c.name === 'soaked');
    return { decision, reason, conditions, deployment: row, ...(onlySoak && readyAt ? { readyAt } : {}) };
}
const COMMIT_OF = {
    source: { commit: 'commitId', repo: 'sourceRepo', label: 'source commit' },
    hld: { commit: 'hldCommitId', repo: 'hldRepo', label: 'HLD commit' },
    manifest: { commit: 'manifestCommitId', repo: 'manifestRepo', label: 'manifest commit' },
};
async function checksCondition(q, row, deps) {
    const which = COMMIT_OF[q.checksCommit];
    const sha = row[which.commit];
    const repo = q.checksRepo || row[which.repo] || '';
    if (!sha)
        return { name: 'checks', verdict: 'reject', detail: `deployment ${row.rowKey} has no ${which.label} recorded to read checks from` };
    if (!repo)
        return { name: 'checks', verdict: 'reject', detail: `no repository for the ${which.label}: set 'checks-repo'` };
    let found;
    try {
        found = await deps.signals(repo, 'checks-repo').commitChecks(sha);
    }
    catch (err) {
        if (err instanceof UsageError)
            throw err;
        return { name: 'checks', verdict: 'reject', detail: redact(errorMessage(err)) };
    }
    const failed = [];
    const pending = [];
    for (const name of q.requiredChecks) {
        const mine = found.filter((c) => c.name.toLowerCase() === name.toLowerCase());
        if (!mine.length)
            pending.push(`${name} (not reported)`);
        else if (mine.some((c) => c.state === 'failure'))
            failed.push(`${name} (${mine.find((c) => c.state === 'failure')?.detail})`);
        else if (mine.some((c) => c.state === 'pending'))
            pending.push(`${name} (${mine.find((c) => c.state === 'pending')?.detail})`);
    }
    const on = `on ${which.label} ${evaluate_short(sha)}`;
    if (failed.length)
        return { name: 'checks', verdict: 'reject', detail: `failed ${on}: ${failed.join(', ')}` };
    if (pending.length)
        return { name: 'checks', verdict: 'wait', detail: `not green yet ${on}: ${pending.join(', ')}` };
    return { name: 'checks', verdict: 'pass', detail: `${q.requiredChecks.join(', ')} green ${on}` };
}
async function approvalsCondition(q, row, deps) {
    if (!row.pr)
        return { name: 'approvals', verdict: 'reject', detail: `deployment ${row.rowKey} to ${q.pair.from} was pushed without a pull request: there are no approvals to count` };
    const repo = q.hldRepo || row.hldRepo || '';
    if (!repo)
        return { name: 'approvals', verdict: 'reject', detail: "no HLD repository recorded for the pull request: set 'hld-repo'" };
    try {
        const reviews = await deps.signals(repo, 'hld-repo').reviews(row.pr);
        const approved = reviews.filter((r) => r.verdict === 'approved').map((r) => r.reviewer);
        const rejected = reviews.filter((r) => r.verdict === 'rejected').map((r) => r.reviewer);
        const of = `pull request ${row.pr}`;
        if (rejected.length)
            return { name: 'approvals', verdict: 'reject', detail: `${of}: changes requested or rejected by ${rejected.join(', ')}` };
        if (approved.length < q.requiredApprovals)
            return { name: 'approvals', verdict: 'wait', detail: `${of}: ${approved.length} of ${q.requiredApprovals} approvals${approved.length ? ` (${approved.join(', ')})` : ''}` };
        return { name: 'approvals', verdict: 'pass', detail: `${of} approved by ${approved.join(', ')}` };
    }
    catch (err) {
        if (err instanceof UsageError)
            throw err;
        return { name: 'approvals', verdict: 'reject', detail: redact(errorMessage(err)) };
    }
}
/** Every URL must answer 2xx in time; with `healthExpect`, its body must show the new version. */
async function healthCondition(q) {
    const expect = q.healthExpect.replace(/\{image-tag\}/g, q.imageTag);
    const results = await Promise.all(q.healthUrls.map(async (url) => {
        // Shown without credentials or query: health URLs may carry keys (?code=… on Azure Functions).
        // Userinfo becomes a Basic header: fetch refuses URLs with credentials (and repeats them).
        const target = healthTarget(url);
        const shown = target.shown;
        try {
            const res = await fetch(target.url, { headers: target.headers, signal: AbortSignal.timeout(q.healthTimeoutMs), redirect: 'follow' });
            const body = await res.text();
            if (!res.ok)
                return { verdict: 'reject', detail: `${shown} answered HTTP ${res.status}` };
            if (expect && !body.includes(expect))
                return { verdict: 'wait', detail: `${shown} is healthy but does not serve '${expect}' yet` };
            return { verdict: 'pass', detail: `${shown} HTTP ${res.status}` };
        }
        catch (err) {
            const e = err;
            const why = e.name === 'TimeoutError' ? `no answer within ${formatDuration(q.healthTimeoutMs)}` : (e.cause?.code ?? redact(errorMessage(err).split(target.url).join(shown)));
            return { verdict: 'reject', detail: `${shown} unreachable: ${why}` };
        }
    }));
    const verdict = results.some((r) => r.verdict === 'reject') ? 'reject' : results.some((r) => r.verdict === 'wait') ? 'wait' : 'pass';
    return { name: 'health', verdict, detail: results.filter((r) => verdict === 'pass' || r.verdict !== 'pass').map((r) => r.detail).join('; ') };
}

;// CONCATENATED MODULE: ./lib/promotion/rings.ts

/** The rings in promotion order, lower-cased: at least two, none twice. */
function ringOrder(ringsList) {
    const rings = ringsList.map((r) => r.trim().toLowerCase()).filter(Boolean);
    if (rings.length < 2)
        throw new UsageError(`the rings list needs at least two rings in order (dev,staging,prod), got '${ringsList.join(',')}'`);
    const dup = rings.find((r, i) => rings.indexOf(r) !== i);
    if (dup)
        throw new UsageError(`the rings list names '${dup}' twice`);
    return rings;
}
/** A ring name as given (lower-cased; '' when left out), which must be one of `rings`. */
function ringIn(rings, name) {
    const ring = name.trim().toLowerCase();
    if (ring && !rings.includes(ring))
        throw new UsageError(`ring '${ring}' is not in the rings list ${rings.join(', ')}`);
    return ring;
}
/**
 * The hop a gate guards. Rings are ordered; a promotion moves one ring forward. Either end may be
 * left out and is taken from the order (to: the next one; from: the one before). Errors name the
 * ring; the step adds which input it came from.
 */
function ringPair(ringsList, fromRing, toRing) {
    const rings = ringOrder(ringsList);
    const from = ringIn(rings, fromRing);
    const to = ringIn(rings, toRing);
    if (!from && !to)
        throw new UsageError("give the input 'to-ring' (or 'from-ring'): the gate needs to know which promotion it guards");
    if (from && to) {
        if (rings.indexOf(to) !== rings.indexOf(from) + 1)
            throw new UsageError(`ring '${to}' does not follow '${from}' in rings ${rings.join(', ')}; promote one ring at a time`);
        return { rings, from, to };
    }
    if (to) {
        const j = rings.indexOf(to);
        if (j === 0)
            throw new UsageError(`ring '${to}' is the first ring; there is nothing to promote from`);
        return { rings, from: rings[j - 1], to };
    }
    const i = rings.indexOf(from);
    if (i === rings.length - 1)
        throw new UsageError(`ring '${from}' is the last ring; there is nothing to promote to`);
    return { rings, from, to: rings[i + 1] };
}

;// CONCATENATED MODULE: ./lib/fs/temp.ts


/**
 * Removes a temporary folder of ours, retrying while something still writes into it (a git that
 * was slow to exit, an antivirus scan). A folder that cannot be removed is reported through `warn`
 * and left: cleanup never turns a step that did its work into a failure.
 */
async function removeTempDir(dir, warn) {
    try {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true, maxRetries: 6, retryDelay: 100 });
    }
    catch (err) {
        warn?.(`could not remove temporary folder ${dir}: ${err.code ?? err.message}`);
    }
}
/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Removes `.ringway-staging-<pid>-*` folders in `dir` whose generate is gone (killed, out of memory,
 * runner cancelled), and unnamed ones from before staging carried a pid. A running generate's
 * staging folder is left alone.
 */
async function removeStaleStaging(dir, warn) {
    const names = await (0,promises_namespaceObject.readdir)(dir).catch(() => []);
    for (const name of names) {
        const m = /^\.ringway-staging-(?:(\d+)-)?/.exec(name);
        if (!m)
            continue;
        if (m[1] && alive(Number(m[1])))
            continue;
        await removeTempDir((0,external_node_path_namespaceObject.join)(dir, name), warn);
    }
}

;// CONCATENATED MODULE: ./lib/git/repo.ts





/**
 * Config for every git command in our temporary clones: no background `gc --auto`/maintenance
 * (it would race the removal of the folder once the step is done), and never the `ext::`
 * transport, which runs commands.
 */
const TEMP_CLONE_CONFIG = ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false', '-c', 'protocol.ext.allow=never'];
/**
 * A working copy of one branch of one remote. Network commands carry the token through the
 * environment (see auth.ts); nothing credential-bearing is ever written to the repository.
 */
class GitRepo {
    dir;
    url;
    branch;
    branchExists;
    token;
    identity;
    depth;
    constructor(dir, url, branch, 
    /** False when the branch does not exist on the remote yet (first push creates it). */
    branchExists, token, identity, depth) {
        this.dir = dir;
        this.url = url;
        this.branch = branch;
        this.branchExists = branchExists;
        this.token = token;
        this.identity = identity;
        this.depth = depth;
    }
    static async checkout(opts) {
        checkRepoUrl(opts.url, 'repository URL');
        if (opts.branch)
            checkRef(opts.branch, 'branch');
        await (0,promises_namespaceObject.mkdir)(opts.dir, { recursive: true });
        await exec('git', ['init', '-q', opts.dir]);
        await exec('git', ['remote', 'add', '--end-of-options', 'origin', opts.url], { cwd: opts.dir });
        const depth = opts.depth ?? 1;
        const probe = new GitRepo(opts.dir, opts.url, '', false, opts.token, opts.identity, depth);
        const branch = opts.branch || (await probe.defaultBranch());
        const repo = new GitRepo(opts.dir, opts.url, branch, false, opts.token, opts.identity, depth);
        await repo.syncToRemote();
        return repo;
    }
    /** Runs git in the working copy. `network` adds the auth header and classifies failures. */
    async git(args, opts = {}) {
        const env = {
            ...(opts.network ? gitAuthEnv(this.url, this.token) : { GIT_TERMINAL_PROMPT: '0' }),
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email,
            // A pipeline has no use for the user's global git config (signing, hooks, helpers).
            GIT_CONFIG_NOSYSTEM: '1',
        };
        try {
            return await exec('git', ['-c', 'credential.helper=', '-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...TEMP_CLONE_CONFIG, ...args], {
                cwd: this.dir,
                env,
                input: opts.input,
                allowFailure: opts.allowFailure,
                label: `git ${args[0]}`,
                // A server that accepts and never answers must not hang the step.
                ...(opts.network ? { timeout: { ms: networkTimeoutMs(), service: `git server ${displayUrl(this.url)}` } } : {}),
            });
        }
        catch (err) {
            if (opts.network && err instanceof ExecError)
                throw classifyNetworkError(this.url, err);
            throw err;
        }
    }
    async defaultBranch() {
        const { stdout } = await this.git(['ls-remote', '--symref', '--end-of-options', 'origin', 'HEAD'], { network: true });
        const m = /^ref: refs\/heads\/(\S+)\s+HEAD/m.exec(stdout);
        // The server's answer is untrusted: its branch name passes the same rules as an input's.
        return m ? checkRef(m[1], `the default branch announced by ${displayUrl(this.url)}`) : 'main';
    }
    /**
     * Fetches the remote's `branch` into `refs/remotes/origin/<branch>`: its last `depth` commits,
     * or without a depth whatever history is missing. With allowFailure a branch the remote does
     * not have is a non-zero code, not an error.
     */
    async fetchBranch(branch, opts = {}) {
        const depth = opts.depth === undefined ? [] : [`--depth=${opts.depth}`];
        return this.git(['fetch', '-q', '--no-tags', ...depth, 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], { network: true, allowFailure: opts.allowFailure });
    }
    /** Makes the working copy exactly the remote branch tip (or an empty orphan branch). */
    async syncToRemote() {
        const fetched = await this.fetchBranch(this.branch, { depth: this.depth, allowFailure: true });
        if (fetched.code === 0) {
            await this.git(['checkout', '-q', '-B', this.branch, `refs/remotes/origin/${this.branch}`]);
            await this.git(['reset', '-q', '--hard', `refs/remotes/origin/${this.branch}`]);
            await this.git(['clean', '-q', '-fdx']);
            this.branchExists = true;
            return;
        }
        if (!/couldn't find remote ref|could not find remote ref/i.test(fetched.stderr)) {
            throw classifyNetworkError(this.url, new ExecError('git fetch', fetched));
        }
        this.branchExists = false;
        // A new branch starts from the remote's default branch (as `git checkout -b` after a clone
        // does); only an empty repository gets an orphan branch.
        const base = await this.defaultBranch();
        if (base !== this.branch) {
            const baseFetch = await this.fetchBranch(base, { depth: this.depth, allowFailure: true });
            if (baseFetch.code === 0) {
                await this.git(['checkout', '-q', '-B', this.branch, `refs/remotes/origin/${base}`]);
                await this.git(['reset', '-q', '--hard', `refs/remotes/origin/${base}`]);
                await this.git(['clean', '-q', '-fdx']);
                return;
            }
        }
        const head = await this.git(['rev-parse', '--verify', '-q', 'HEAD'], { allowFailure: true });
        if (head.code === 0) {
            await this.git(['checkout', '-q', '--orphan', `ringway-tmp-${Date.now()}`]);
        }
        await this.git(['checkout', '-q', '--orphan', this.branch], { allowFailure: true });
        await this.git(['rm', '-q', '-rf', '--cached', '--ignore-unmatch', '.']);
        await this.git(['clean', '-q', '-fdx']);
    }
    async head() {
        const r = await this.git(['rev-parse', '--verify', '-q', 'HEAD'], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : '';
    }
    /** Stages everything under `paths` (default: all) and reports whether anything differs from HEAD. */
    async stage(paths = ['.']) {
        await this.git(['add', '-A', '--', ...paths]);
        const r = await this.git(['status', '--porcelain', '--', ...paths]);
        return r.stdout.trim() !== '';
    }
    /** Commits the staged change; the message is passed on stdin, so it can be any length. */
    async commit(message) {
        await this.git(['commit', '-q', '--no-verify', '-F', '-'], { input: message });
        return this.head();
    }
    /** Pushes HEAD to the branch. Returns false when the remote rejected it as not fast-forward. */
    async push(targetBranch = this.branch, opts = {}) {
        const args = ['push', '--porcelain', 'origin', `${opts.force ? '+' : ''}HEAD:refs/heads/${targetBranch}`];
        const r = await this.git(args, { network: true, allowFailure: true });
        if (r.code === 0)
            return true;
        const text = `${r.stdout}\n${r.stderr}`;
        if (/\[rejected\]|non-fast-forward|fetch first|\[remote rejected\].*(lock|failed to update|reference already exists)|stale info/i.test(text)) {
            return false;
        }
        // The connection broke once the pack was on its way (server killed, proxy cut): a ref moves
        // atomically, so the branch has its old tip or the whole push, and a re-run converges.
        if (/remote end hung up|unexpected disconnect|RPC failed|Empty reply from server/i.test(text) && !/HTTP 40[1345]|Authentication failed/i.test(text)) {
            throw new RingwayError(`push to ${displayUrl(this.url)} was cut off: the server closed the connection (${lastLines(r.stderr, 1)}); the branch holds its old tip or the whole push, never part of it: run the step again`);
        }
        throw classifyNetworkError(this.url, new ExecError('git push', r));
    }
    /** Files changed by the commit at HEAD, as `A|M|D\tpath` lines. */
    async changedFiles() {
        const r = await this.git(['show', '--no-renames', '--name-status', '--format=', 'HEAD'], { allowFailure: true });
        return r.stdout.split('\n').filter(Boolean);
    }
}
/** Turns git's transport errors into one line a user can act on. */
function classifyNetworkError(url, err) {
    const text = `${err.result.stderr}\n${err.result.stdout}`;
    const where = displayUrl(url);
    if (/Authentication failed|HTTP 401|401 Unauthorized|could not read Username|terminal prompts disabled|invalid credentials/i.test(text)) {
        return new RingwayError(`authentication to ${where} failed (HTTP 401): check the 'token' input`);
    }
    if (/HTTP 403|403 Forbidden|Permission to .* denied|permission denied/i.test(text)) {
        return new RingwayError(`access to ${where} was refused (HTTP 403): the token lacks permission for this repository`);
    }
    if (/repository .* not found|not found|does not appear to be a git repository|HTTP 404/i.test(text)) {
        return new RingwayError(`repository ${where} was not found: check the URL`);
    }
    if (/Could not resolve host|Connection refused|Failed to connect|timed out|Couldn't connect/i.test(text)) {
        return new RingwayError(`cannot reach ${where}: ${lastLines(err.result.stderr, 1)}`);
    }
    return new RingwayError(`${err.label} ${where} failed: ${lastLines(err.result.stderr || err.result.stdout, 2)}`);
}

;// CONCATENATED MODULE: ./lib/promotion/sync-tag.ts









/**
 * Reads the sync tag the GitOps operator moves to the manifest commit it last applied (Flux v1's
 * `flux-sync`, as Bedrock set it up) and tells whether `commit` is included. Only commits and
 * trees are fetched (no blobs), so a large manifest repository costs little.
 */
async function syncTagIncludes(url, token, tag, commit, what = 'manifest repository') {
    // The URL may come from a table row: checked before git sees it, and passed after --end-of-options.
    checkRepoUrl(url, what);
    checkRef(tag, 'sync-tag');
    checkRef(`refs/tags/${tag}`, 'sync-tag');
    if (commit && !/^[0-9a-f]{4,64}$/i.test(commit))
        throw new RingwayError(`the manifest commit '${commit.slice(0, 80)}' recorded for the deployment is not a commit SHA`);
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_.tmpdir)(), 'ringway-sync-'));
    const git = (args, network = false) => exec('git', ['-c', 'credential.helper=', ...TEMP_CLONE_CONFIG, ...args], { cwd: dir, env: network ? gitAuthEnv(url, token) : { GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' }, allowFailure: !network, label: `git ${args[0]}`, ...(network ? { timeout: { ms: networkTimeoutMs(), service: `git server ${displayUrl(url)}` } } : {}) });
    try {
        await git(['init', '-q', '--bare', '.']);
        const ref = `refs/tags/${tag}`;
        try {
            const listed = await git(['ls-remote', '--end-of-options', url, ref, `${ref}^{}`], true);
            if (!listed.stdout.trim())
                return { tagCommit: '', applied: false };
            await git(['fetch', '-q', '--no-tags', '--filter=blob:none', '--end-of-options', url, `+${ref}:${ref}`], true);
        }
        catch (err) {
            throw err instanceof ExecError ? classifyNetworkError(url, err) : err;
        }
        const tagCommit = (await git(['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`])).stdout.trim();
        // Walk the commits we have rather than ask about `commit` directly: looking up a missing
        // object in a partial clone would make git fetch it from the server, without the token.
        const history = await git(['rev-list', '--end-of-options', tagCommit]);
        const want = commit.toLowerCase();
        if (!want)
            return { tagCommit, applied: false };
        return { tagCommit, applied: history.stdout.split('\n').some((c) => c && c.startsWith(want)) };
    }
    finally {
        await removeTempDir(dir);
    }
}

;// CONCATENATED MODULE: ./lib/scm/access-error.ts

/**
 * A forge's 401, 403 and 404 answers, explained alike on every forge: who refused the token, what
 * it needs, which repository. `what` says what was being done ('reading …' for reads). Undefined
 * for any other status, where the forge's own words explain better.
 */
function accessError(what, status, forge, repo, needs) {
    switch (status) {
        case 401:
            return new RingwayError(`${what}: ${forge} rejected the token (HTTP 401): check the 'token' input`);
        case 403:
            return new RingwayError(`${what}: the token may not do this on ${repo} (HTTP 403): it needs ${what.startsWith('reading') ? needs.read : needs.write}`);
        case 404:
            return new RingwayError(`${what}: repository ${repo} was not found, or the token cannot see it (HTTP 404)`);
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/scm/rate-limit.ts

const defaultRetry = {
    attempts: 4,
    maxWaitMs: 120_000,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};
/**
 * How long a rate-limited response asks us to wait: `Retry-After` (seconds or HTTP date), else
 * GitHub's `x-ratelimit-reset` when the remaining quota is 0. Undefined when it is not a rate limit.
 */
function rateLimitWait(status, headers, now = Date.now()) {
    const retryAfter = headers['retry-after'];
    if (retryAfter !== undefined && (status === 429 || status === 403 || status === 503)) {
        const secs = Number(retryAfter);
        if (Number.isFinite(secs))
            return Math.max(0, secs * 1000);
        const at = Date.parse(retryAfter);
        if (!Number.isNaN(at))
            return Math.max(0, at - now);
    }
    if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
        return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now);
    }
    if (status === 429)
        return 1000;
    return undefined;
}
/** Runs `call`; when it is rate limited, waits as told and tries again, a bounded number of times. */
async function withRateLimitRetry(what, call, limitOf, policy = defaultRetry) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (err) {
            const wait = limitOf(err);
            if (wait === undefined)
                throw err;
            if (attempt >= policy.attempts || wait > policy.maxWaitMs) {
                throw new RingwayError(`${what}: rate limited by the server after ${attempt} attempts; try again later`);
            }
            await policy.sleep(wait);
        }
    }
}

;// CONCATENATED MODULE: ./lib/scm/azure-devops.ts






const API = 'api-version=7.1';
/** Org, project and repository from an Azure Repos clone URL (dev.azure.com or *.visualstudio.com). */
function parseAzureUrl(url, apiUrl, input = 'hld-repo') {
    const u = new URL(url);
    let org;
    let rest;
    const parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (/\.visualstudio\.com$/i.test(u.hostname)) {
        org = u.hostname.split('.')[0];
        rest = parts;
    }
    else {
        [org, ...rest] = parts;
    }
    const git = rest.indexOf('_git');
    if (!org || git < 1 || !rest[git + 1])
        throw new RingwayError(`input '${input}': '${url}' is not an Azure Repos URL (https://dev.azure.com/<org>/<project>/_git/<repo>)`);
    const project = rest[git - 1];
    const repo = rest[git + 1].replace(/\.git$/, '');
    const orgUrl = (apiUrl || (/\.visualstudio\.com$/i.test(u.hostname) ? `${u.protocol}//${u.host}` : `${u.protocol}//${u.host}/${encodeURIComponent(org)}`)).replace(/\/$/, '');
    return { orgUrl, project, repo, webUrl: `${u.protocol}//${u.host}${u.pathname.replace(/\.git$/, '').replace(/\/$/, '')}` };
}
const STRATEGY = { merge: 'noFastForward', squash: 'squash', rebase: 'rebase' };
class HttpError extends Error {
    status;
    headers;
    body;
    constructor(status, headers, body) {
        super(`HTTP ${status}`);
        this.status = status;
        this.headers = headers;
        this.body = body;
    }
}
/** Pull requests on Azure Repos through its REST API (7.1). */
class AzureDevOpsProvider {
    ref;
    retry;
    name = 'azure-devops';
    auth;
    constructor(ref, token, retry = defaultRetry) {
        this.ref = ref;
        this.retry = retry;
        if (!token)
            throw new UsageError("a token is required for the Azure DevOps API");
        if (!tokenFor(ref.orgUrl, token))
            throw new UsageError(`a token for the Azure DevOps API at ${ref.orgUrl} is required: the job's own token is sent only to the job's own organisation`);
        this.auth = `Basic ${Buffer.from(`:${token}`).toString('base64')}`;
        registerSecret(this.auth);
    }
    repoApi(path) {
        return `${this.ref.orgUrl}/${encodeURIComponent(this.ref.project)}/_apis/git/repositories/${encodeURIComponent(this.ref.repo)}${path}`;
    }
    async request(what, method, url, body) {
        try {
            return await withRateLimitRetry(what, async () => {
                const res = await fetch(url, {
                    method,
                    headers: { Authorization: this.auth, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
                    body: body ? JSON.stringify(body) : undefined,
                    signal: AbortSignal.timeout(networkTimeoutMs()),
                }).catch((e) => {
                    throw e.name === 'TimeoutError' ? noAnswerError(`Azure DevOps ${this.ref.orgUrl}`) : e;
                });
                const text = await res.text();
                if (!res.ok)
                    throw new HttpError(res.status, Object.fromEntries(res.headers), text);
                return (text ? JSON.parse(text) : {});
            }, (e) => (e instanceof HttpError ? rateLimitWait(e.status, e.headers) : undefined), this.retry);
        }
        catch (err) {
            if (err instanceof HttpError)
                throw this.explain(what, err);
            if (err instanceof RingwayError)
                throw new RingwayError(/did not answer within/.test(err.message) ? `${what}: ${err.message}` : err.message);
            throw new RingwayError(`${what}: cannot reach ${this.ref.orgUrl}: ${err.message}`);
        }
    }
    explain(what, err) {
        const repo = `${this.ref.project}/${this.ref.repo}`;
        const denied = accessError(what, err.status, 'Azure DevOps', repo, { read: 'Code (read) scope', write: 'Code (read & write) scope' });
        if (denied)
            return denied;
        let detail = err.body.slice(0, 200);
        try {
            detail = JSON.parse(err.body).message ?? detail;
        }
        catch {
            // not JSON: keep the text
        }
        return new RingwayError(`${what}: Azure DevOps answered HTTP ${err.status}: ${detail}`);
    }
    async preflight() {
        await this.request('checking access to the repository', 'GET', this.repoApi(`?${API}`));
    }
    async openOrUpdate(spec) {
        const source = `refs/heads/${spec.sourceBranch}`;
        const target = `refs/heads/${spec.targetBranch}`;
        let pr = await this.findActive(source, target);
        let created = false;
        if (pr) {
            await this.request('updating the pull request', 'PATCH', this.repoApi(`/pullrequests/${pr.pullRequestId}?${API}`), { title: spec.title, description: spec.body });
        }
        else {
            try {
                pr = await this.request('opening a pull request', 'POST', this.repoApi(`/pullrequests?${API}`), {
                    sourceRefName: source,
                    targetRefName: target,
                    title: spec.title,
                    description: spec.body,
                    labels: spec.labels.map((name) => ({ name })),
                    reviewers: spec.reviewers.map((id) => ({ id })),
                });
                created = true;
            }
            catch (err) {
                // TF401179: an active pull request for these branches already exists (a concurrent run).
                pr = /TF401179|already exists/i.test(err.message) ? await this.findActive(source, target) : undefined;
                if (!pr)
                    throw err;
            }
        }
        const id = pr.pullRequestId;
        if (!created) {
            for (const name of spec.labels)
                await this.request('labelling the pull request', 'POST', this.repoApi(`/pullrequests/${id}/labels?${API}`), { name });
            for (const reviewer of spec.reviewers) {
                await this.request('adding a reviewer', 'PUT', this.repoApi(`/pullrequests/${id}/reviewers/${encodeURIComponent(reviewer)}?${API}`), { vote: 0 });
            }
        }
        if (spec.autoMerge) {
            const me = await this.request('reading the token identity', 'GET', `${this.ref.orgUrl}/_apis/connectionData`);
            await this.request('setting auto-complete', 'PATCH', this.repoApi(`/pullrequests/${id}?${API}`), {
                autoCompleteSetBy: { id: me.authenticatedUser.id },
                completionOptions: { mergeStrategy: STRATEGY[spec.mergeMethod], deleteSourceBranch: true },
            });
        }
        return { number: String(id), url: `${this.ref.webUrl}/pullrequest/${id}`, created };
    }
    async findActive(source, target) {
        const q = new URLSearchParams({ 'searchCriteria.sourceRefName': source, 'searchCriteria.targetRefName': target, 'searchCriteria.status': 'active' });
        const res = await this.request('looking for an active pull request', 'GET', this.repoApi(`/pullrequests?${q}&${API}`));
        return res.value.find((p) => p.sourceRefName === source && p.targetRefName === target);
    }
    /** Latest status per context of a commit; a check is named `genre/name` or just `name`. */
    async commitChecks(sha) {
        const res = await this.request('reading commit statuses', 'GET', this.repoApi(`/commits/${encodeURIComponent(sha)}/statuses?latestOnly=true&${API}`));
        return res.value.map((s) => ({
            name: s.context.genre ? `${s.context.genre}/${s.context.name}` : s.context.name,
            state: s.state === 'succeeded' || s.state === 'notApplicable' ? 'success' : s.state === 'pending' || s.state === 'notSet' ? 'pending' : 'failure',
            detail: s.state,
        }));
    }
    /** Reviewer votes: 10 approved, 5 approved with suggestions, -5 waiting for author, -10 rejected. */
    async reviews(pr) {
        const res = await this.request('reading pull request reviewers', 'GET', this.repoApi(`/pullrequests/${encodeURIComponent(pr)}/reviewers?${API}`));
        return res.value.map((r) => ({ reviewer: r.uniqueName || r.displayName || r.id, verdict: r.vote >= 5 ? 'approved' : r.vote <= -10 ? 'rejected' : 'none' }));
    }
}

;// CONCATENATED MODULE: ./lib/scm/github.ts





/** owner/repo and API root from a clone URL (github.com or a GitHub Enterprise host). */
function parseGitHubUrl(url, apiUrl, input = 'hld-repo') {
    const u = new URL(url);
    const m = /^\/([^/]+)\/([^/]+?)(\.git)?\/?$/.exec(u.pathname);
    if (!m)
        throw new RingwayError(`input '${input}': '${url}' is not a GitHub repository URL (https://<host>/<owner>/<repo>)`);
    const api = apiUrl || (u.hostname === 'github.com' ? 'https://api.github.com' : `${u.protocol}//${u.host}/api/v3`);
    return { owner: m[1], repo: m[2], apiUrl: api.replace(/\/$/, '') };
}
function asRequestError(err) {
    return (typeof err === 'object' && err !== null ? err : {});
}
const GRAPHQL_MERGE = { merge: 'MERGE', squash: 'SQUASH', rebase: 'REBASE' };
/** Pull requests on GitHub through @actions/github's octokit. */
class GitHubProvider {
    ref;
    retry;
    name = 'github';
    octokit;
    clientOptions;
    constructor(ref, token, retry = defaultRetry) {
        this.ref = ref;
        this.retry = retry;
        if (!token)
            throw new UsageError("a token is required for GitHub's API");
        if (!tokenFor(ref.apiUrl, token))
            throw new UsageError(`a token for GitHub's API at ${ref.apiUrl} is required: the job's own token is sent only to the job's own server`);
        // Every request is bounded: a forge that accepts and never answers must not hang the step.
        const apiUrl = ref.apiUrl;
        const timedFetch = (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(networkTimeoutMs()) }).catch((e) => {
            throw e.name === 'TimeoutError' ? noAnswerError(`GitHub API ${apiUrl}`) : e;
        });
        this.clientOptions = { token, baseUrl: ref.apiUrl, fetch: timedFetch };
    }
    async call(what, fn) {
        const { token, baseUrl, fetch } = this.clientOptions;
        this.octokit ??= __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413)).then((m) => m.getOctokit(token, { baseUrl, request: { fetch } }));
        const octokit = await this.octokit;
        try {
            return await withRateLimitRetry(what, () => fn(octokit), (e) => {
                const r = asRequestError(e);
                return r.status ? rateLimitWait(r.status, r.response?.headers ?? {}) : undefined;
            }, this.retry);
        }
        catch (err) {
            if (err instanceof RingwayError)
                throw err;
            throw this.explain(what, err);
        }
    }
    explain(what, err) {
        const r = asRequestError(err);
        const repo = `${this.ref.owner}/${this.ref.repo}`;
        if (/did not answer within/.test(err.message))
            return new RingwayError(`${what}: ${err.message}`);
        const denied = accessError(what, r.status, 'GitHub', repo, { read: 'read access to checks, commit statuses and pull requests', write: 'contents and pull-requests write access' });
        if (denied)
            return denied;
        const detail = r.response?.data?.errors?.[0]?.message ?? r.response?.data?.message ?? err.message;
        return new RingwayError(`${what}: GitHub answered HTTP ${r.status ?? '?'}: ${detail}`);
    }
    async preflight() {
        const { owner, repo } = this.ref;
        await this.call('checking access to the repository', (o) => o.rest.repos.get({ owner, repo }));
    }
    async openOrUpdate(spec) {
        const { owner, repo } = this.ref;
        const existing = await this.findOpen(spec);
        let number;
        let url;
        let nodeId;
        let created = false;
        if (existing) {
            ({ number, html_url: url, node_id: nodeId } = existing);
            await this.call('updating the pull request', (o) => o.rest.pulls.update({ owner, repo, pull_number: number, title: spec.title, body: spec.body }));
        }
        else {
            try {
                const res = await this.call('opening a pull request', (o) => o.rest.pulls.create({ owner, repo, head: spec.sourceBranch, base: spec.targetBranch, title: spec.title, body: spec.body }));
                ({ number, html_url: url, node_id: nodeId } = res.data);
                created = true;
            }
            catch (err) {
                // Another run opened it between our search and our create (422 "A pull request already exists").
                const again = /already exists/i.test(err.message) ? await this.findOpen(spec) : undefined;
                if (!again)
                    throw err;
                ({ number, html_url: url, node_id: nodeId } = again);
            }
        }
        if (spec.labels.length) {
            await this.call('labelling the pull request', (o) => o.rest.issues.addLabels({ owner, repo, issue_number: number, labels: spec.labels }));
        }
        if (spec.reviewers.length) {
            await this.call('requesting reviewers', (o) => o.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers: spec.reviewers }));
        }
        if (spec.autoMerge) {
            await this.call('enabling auto-merge', (o) => o.graphql('mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) { enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, mergeMethod: $mergeMethod}) { pullRequest { number } } }', { pullRequestId: nodeId, mergeMethod: GRAPHQL_MERGE[spec.mergeMethod] }));
        }
        return { number: String(number), url, created };
    }
    async findOpen(spec) {
        const { owner, repo } = this.ref;
        const res = await this.call('looking for an open pull request', (o) => o.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${spec.sourceBranch}`, base: spec.targetBranch, per_page: 10 }));
        return res.data.find((p) => p.head.ref === spec.sourceBranch);
    }
    /** Check runs (latest per name) and commit statuses (latest per context) of a commit. */
    async commitChecks(sha) {
        const { owner, repo } = this.ref;
        const runs = await this.call('reading check runs', (o) => o.paginate(o.rest.checks.listForRef, { owner, repo, ref: sha, filter: 'latest', per_page: 100 }));
        const combined = await this.call('reading commit statuses', (o) => o.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha, per_page: 100 }));
        const out = runs.map((r) => {
            if (r.status !== 'completed')
                return { name: r.name, state: 'pending', detail: r.status };
            const ok = r.conclusion === 'success' || r.conclusion === 'neutral' || r.conclusion === 'skipped';
            return { name: r.name, state: ok ? 'success' : 'failure', detail: r.conclusion ?? 'completed' };
        });
        for (const st of combined.data.statuses) {
            out.push({ name: st.context, state: st.state === 'success' ? 'success' : st.state === 'pending' ? 'pending' : 'failure', detail: st.state });
        }
        return out;
    }
    /** Each reviewer's latest approving or blocking review (comments do not change a verdict). */
    async reviews(pr) {
        const { owner, repo } = this.ref;
        const list = await this.call('reading pull request reviews', (o) => o.paginate(o.rest.pulls.listReviews, { owner, repo, pull_number: Number(pr), per_page: 100 }));
        const latest = new Map();
        for (const r of list) {
            const who = r.user?.login ?? '';
            if (r.state === 'APPROVED')
                latest.set(who, 'approved');
            else if (r.state === 'CHANGES_REQUESTED')
                latest.set(who, 'rejected');
            else if (r.state === 'DISMISSED')
                latest.set(who, 'none');
        }
        return [...latest].map(([reviewer, verdict]) => ({ reviewer, verdict }));
    }
}

;// CONCATENATED MODULE: ./lib/git/backoff.ts
/**
 * The wait before retry number `attempt` + 1 when another pipeline won a race: exponential
 * (base · 2^(attempt−1), at most 32 · base) with ±50 % jitter, so pipelines that collided once
 * do not collide again in step.
 */
function backoffDelay(baseMs, attempt) {
    return Math.round(baseMs * 2 ** Math.min(attempt - 1, 5) * (0.5 + Math.random()));
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

;// CONCATENATED MODULE: ./lib/scm/local.ts


/**
 * For repositories without a forge (and the demo): the pushed branch is merged into the target
 * with a merge commit, as a reviewer's "merge" would, then deleted. A target that moved meanwhile
 * is fetched and the merge redone; when others changed the same lines, the change is made again
 * on the new tip (spec.reapply) and the branch replaced, as direct mode does; a bounded number of
 * times. The branch is deleted whatever the outcome: no reviewer will ever look at it.
 */
class LocalMergeProvider {
    repo;
    maxAttempts;
    name = 'local';
    constructor(repo, maxAttempts = 20) {
        this.repo = repo;
        this.maxAttempts = maxAttempts;
    }
    async preflight() {
        // The git fetch that cloned the repository already proved access.
    }
    async openOrUpdate(spec) {
        try {
            return await this.merge(spec);
        }
        catch (err) {
            await this.deleteBranch(spec.sourceBranch);
            throw err;
        }
    }
    async merge(spec) {
        const src = `refs/remotes/origin/${spec.sourceBranch}`;
        const subject = `Merge branch '${spec.sourceBranch}' into ${spec.targetBranch}\n\n${spec.title}`;
        for (let attempt = 1;; attempt++) {
            await this.repo.syncToRemote();
            // First the branch as pushed; after a conflict or a lost race, the change made again on the
            // new tip (cheaper than fetching the branch's history again, and never conflicts).
            if (attempt === 1 || !spec.reapply) {
                if (!(await this.mergeBranch(spec, src, subject))) {
                    if (!spec.reapply) {
                        throw new RingwayError(`cannot merge '${spec.sourceBranch}' into '${spec.targetBranch}': the change conflicts with the target branch`);
                    }
                    await this.repo.syncToRemote();
                    if (!(await this.reapplyAsMerge(spec, subject)))
                        return this.landed(spec.sourceBranch);
                }
            }
            else if (!(await this.reapplyAsMerge(spec, subject))) {
                return this.landed(spec.sourceBranch);
            }
            if (await this.repo.push(spec.targetBranch))
                return this.landed(spec.sourceBranch);
            if (attempt >= this.maxAttempts)
                throw new RingwayError(`merging into '${spec.targetBranch}' was rejected ${attempt} times because others kept pushing`);
            await sleep(backoffDelay(150, attempt));
        }
    }
    /** Merges the pushed branch into the working copy (at the target's tip); false on a conflict. */
    async mergeBranch(spec, src, subject) {
        await this.repo.fetchBranch(spec.sourceBranch);
        // The merge base may be older than the shallow tip: fetch the history it needs.
        if ((await this.repo.git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true') {
            await this.repo.git(['fetch', '-q', '--no-tags', '--unshallow', 'origin', `+refs/heads/${spec.targetBranch}:refs/remotes/origin/${spec.targetBranch}`, `+refs/heads/${spec.sourceBranch}:${src}`], {
                network: true,
            });
        }
        const merged = await this.repo.git(['merge', '--no-ff', '--no-edit', '-m', subject, '--', src], { allowFailure: true });
        if (merged.code === 0)
            return true;
        await this.repo.git(['merge', '--abort'], { allowFailure: true });
        return false;
    }
    /**
     * Makes the change again on the tip and wraps it in a merge commit (tip + change), the shape a
     * merged pull request has. False when the tip already holds the change.
     */
    async reapplyAsMerge(spec, subject) {
        const tip = await this.repo.head();
        if (!(await spec.reapply?.()))
            return false;
        const change = await this.repo.head();
        const merge = (await this.repo.git(['commit-tree', '-p', tip, '-p', change, '-F', '-', `${change}^{tree}`], { input: subject })).stdout.trim();
        await this.repo.git(['reset', '-q', '--hard', merge]);
        return true;
    }
    /** Done: the branch is deleted; the merge commit is the working copy's head. */
    async landed(branch) {
        const mergeCommit = await this.repo.head();
        if (branch)
            await this.deleteBranch(branch);
        return { number: '', url: '', created: true, mergeCommit };
    }
    async deleteBranch(branch) {
        await this.repo.git(['push', '-q', 'origin', '--', `:refs/heads/${branch}`], { network: true, allowFailure: true });
    }
}

;// CONCATENATED MODULE: ./lib/scm/select.ts





const PROVIDERS = ['auto', 'github', 'azure-devops', 'local'];
/**
 * The pull request provider `provider` names, or (auto) the one the repository URL belongs to.
 * Errors name the provider; the step adds its input.
 */
function pullRequestForge(provider, url) {
    const name = forgeOf(provider, url, 'pull request provider', 'github, azure-devops or local');
    if (!PROVIDERS.includes(name))
        throw new UsageError(`the pull request provider must be one of ${PROVIDERS.join(', ')}, got '${name}'`);
    return name;
}
/** The provider of `provider`, or of the URL, built with the repository and token (whose errors name them). */
function providerFor(opts) {
    const name = pullRequestForge(opts.provider, opts.url);
    switch (name) {
        case 'github':
            return new GitHubProvider(parseGitHubUrl(opts.url, opts.apiUrl), opts.token);
        case 'azure-devops':
            return new AzureDevOpsProvider(parseAzureUrl(opts.url, opts.apiUrl), opts.token);
        default: // 'local': pullRequestForge lets nothing else through
            return new LocalMergeProvider(opts.repo);
    }
}
/** The forge a URL belongs to, unless `provider` names one. */
function forgeOf(provider, url, what, choices) {
    if (provider && provider !== 'auto')
        return provider;
    let host = '';
    try {
        host = new URL(url).hostname;
    }
    catch {
        // scp-like or file paths: no forge to guess
    }
    if (host === 'github.com' || /^api\.github\.com$/.test(host))
        return 'github';
    if (isAzureDevOpsHost(host))
        return 'azure-devops';
    throw new UsageError(`cannot tell the ${what} of ${url}; name it: ${choices}`);
}
/** The forge with checks and reviews that `provider` names, or (auto) the one the URL belongs to. */
function reviewForge(provider, url) {
    const name = forgeOf(provider, url, 'forge', 'github or azure-devops');
    if (name !== 'github' && name !== 'azure-devops')
        throw new UsageError(`${name} has no commit checks or reviews; use github or azure-devops`);
    return name;
}
/** Checks and reviews of a repository on GitHub or Azure DevOps (a local repository has neither). */
function signalsFor(opts) {
    return reviewForge(opts.provider, opts.url) === 'github'
        ? new GitHubProvider(parseGitHubUrl(opts.url, opts.apiUrl, opts.input), opts.token)
        : new AzureDevOpsProvider(parseAzureUrl(opts.url, opts.apiUrl, opts.input), opts.token);
}

;// CONCATENATED MODULE: ./lib/steps/storage-inputs.ts

/** Storage inputs shared by record-deployment and the `deployments` / `dashboard` commands. */
const storageInputs = [
    { name: 'connection-string', description: 'Storage account connection string (account key or SAS)', secret: true },
    { name: 'account-name', description: 'Storage account name (with account-key or sas-token)' },
    { name: 'account-key', description: 'Storage account key', secret: true },
    { name: 'sas-token', description: 'SAS token with table read/add/update/delete permissions', secret: true },
    { name: 'table-endpoint', description: 'Table service URL; default https://<account>.table.core.windows.net' },
    { name: 'table-name', description: 'Deployment table (created when missing)', required: true },
    { name: 'partition-key', description: 'Partition of the table holding these deployments (Spektate INTROSPECTION_PARTITION_KEY)', required: true }, timeoutInput,
];
function storeOptions(get) {
    return {
        connectionString: get('connection-string') || undefined,
        accountName: get('account-name') || undefined,
        accountKey: get('account-key') || undefined,
        sasToken: get('sas-token') || undefined,
        endpoint: get('table-endpoint') || undefined,
        tableName: get('table-name'),
        partitionKey: get('partition-key'),
    };
}

;// CONCATENATED MODULE: ./lib/telemetry/record.ts



/**
 * Which stage bedrock-cli's `deployment create` options describe: p1 → image built, p2 → HLD
 * updated, p3 with a manifest commit → manifests pushed, p3 alone → manifests generated; ringway
 * adds pr-merged and cluster-synced, named with `stage`.
 */
function stageOf(explicit, f) {
    if (explicit) {
        if (!STAGES.includes(explicit))
            throw new UsageError(`stage must be one of ${STAGES.join(', ')}, got '${explicit}'`);
        return explicit;
    }
    if (f.p1)
        return 'image-built';
    if (f.p2)
        return 'hld-updated';
    if (f.p3 && f.manifestCommitId)
        return 'manifests-pushed';
    if (f.p3)
        return 'manifests-generated';
    throw new UsageError("nothing to record: give 'p1' (image built), 'p2' (HLD updated), 'p3' (manifests), or name the 'stage'");
}
/** The columns each stage must have (checkRequired); tests build their histories from it. */
const REQUIRED = {
    'image-built': ['p1', 'imageTag', 'commitId', 'service'],
    'hld-updated': ['p2', 'imageTag', 'hldCommitId', 'env'],
    'pr-merged': ['pr'],
    'manifests-generated': ['p3', 'hldCommitId'],
    'manifests-pushed': ['manifestCommitId'],
    'cluster-synced': ['manifestCommitId'],
    'sync-failed': ['manifestCommitId'],
    'gate-rejected': ['imageTag', 'env'],
    rollback: ['imageTag', 'env', 'hldCommitId'],
};
const INPUT_NAME = { imageTag: 'image-tag', commitId: 'commit-id', hldCommitId: 'hld-commit-id', manifestCommitId: 'manifest-commit-id' };
function checkRequired(r) {
    for (const k of REQUIRED[r.stage])
        if (!r.fields[k])
            throw new UsageError(`stage ${r.stage} needs '${INPUT_NAME[k] ?? k}'`);
}
/** Ids each stage looks its row up by, strongest first (the ids bedrock-cli used come first). */
const LOOKUP = {
    'image-built': ['imageTag'],
    'hld-updated': ['pr', 'hldCommitId', 'p2'],
    'pr-merged': ['pr', 'hldCommitId', 'p2', 'p3', 'manifestCommitId'],
    'manifests-generated': ['hldCommitId', 'pr', 'p3', 'p2', 'manifestCommitId'],
    'manifests-pushed': ['p3', 'manifestCommitId', 'hldCommitId', 'pr', 'p2'],
    'cluster-synced': ['manifestCommitId', 'p3', 'hldCommitId', 'pr', 'p2'],
    'sync-failed': ['manifestCommitId', 'p3', 'hldCommitId', 'pr', 'p2'],
    // The deployment's own ids when given, else its tag and ring (below).
    'gate-rejected': ['p2', 'pr', 'p3', 'manifestCommitId', 'hldCommitId'],
    // A rollback is always a new deployment; only a re-run of the same rollback finds its row.
    rollback: ['hldCommitId', 'pr'],
};
/**
 * The queries a stage looks its row up by. The image tag alone only finds the image's own row
 * (image-built), never a ring's: every ring of a tag shares it.
 */
function lookups(r) {
    const f = r.fields;
    const out = LOOKUP[r.stage].filter((k) => f[k]).map((k) => ({ [k]: f[k] }));
    if (r.stage === 'hld-updated' && f.imageTag)
        out.push({ imageTag: f.imageTag });
    if (r.stage === 'gate-rejected')
        out.push({ imageTag: f.imageTag, env: f.env });
    return out;
}
/**
 * A row this record may complete: nothing in it contradicts the record, and it is the same
 * deployment — linked by one of its ids, or (image-built, hld-updated) the image's own row.
 */
function fits(row, r, rank) {
    if (contradicts(row, r.fields, rank))
        return false;
    if (r.stage === 'image-built')
        return sameTag(row, r.fields) && (!r.fields.env || row.env === r.fields.env || (imageOnly(row) && !row.env));
    if (r.stage === 'gate-rejected')
        return sameTag(row, r.fields) && row.env === r.fields.env;
    return linked(row, r.fields) || (r.stage === 'hld-updated' && imageOnly(row) && sameTag(row, r.fields));
}
/** The row has these values (as the table service compares them: exactly). */
const matches = (row, where) => Object.entries(where).every(([k, v]) => row[k] === v);
const sameTag = (row, f) => Boolean(row.imageTag && f.imageTag && row.imageTag.toLowerCase() === f.imageTag.toLowerCase());
/** Spektate's RowKey: a v4 uuid with the first '-' removed, cut to 12 characters. */
function newRowKey() {
    return (0,external_node_crypto_.randomUUID)().replace('-', '').slice(0, 12);
}
/**
 * Records one stage: finds the deployment row by the stage's ids (as bedrock-cli does), or starts
 * one, and writes only if the row is unchanged since it was read (ETag), retrying on 412. Then
 * folds in any row a concurrent writer started for the same deployment, so stages recorded in any
 * order, at the same time, end in one row.
 */
async function recordStage(store, r, now = new Date()) {
    const rank = rankOf(r.stage);
    // Only what this stage knows: an empty input must not blank a value copied from elsewhere.
    // A reject only marks the deployment: the ids it was named by find it, and are not written.
    const given = Object.fromEntries(Object.entries(r.fields).filter(([k, v]) => v && !(r.stage === 'gate-rejected' && LINKS.includes(k))));
    const fields = { ...given, [STAGE_TIME[r.stage]]: now.toISOString() };
    for (let attempt = 1;; attempt++) {
        try {
            const byKey = (x, y) => (x.rowKey < y.rowKey ? -1 : 1);
            let targets = [];
            const wheres = lookups(r);
            const found = (await store.findAny(wheres)).sort(byKey);
            for (const where of wheres) {
                targets = found.filter((row) => matches(row, where) && fits(row, r, rank));
                if (targets.length)
                    break;
            }
            // A tag deployed to a ring twice: a reject is about the latest deployment of it there.
            if (r.stage === 'gate-rejected')
                targets.sort(newestFirst);
            // The image's build columns belong to every ring's row of the tag; any other stage to one row.
            if (r.stage !== 'image-built')
                targets = targets.slice(0, 1);
            let written;
            if (targets.length) {
                for (const target of targets) {
                    const c = changes(target, fields, rank);
                    await store.update(target, c.set, c.ranks);
                }
                written = { ...targets[0], ...changes(targets[0], fields, rank).set };
            }
            else if (r.stage === 'gate-rejected') {
                // A reject marks a deployment that exists; it never starts one.
                throw new RingwayError(`no deployment of image tag ${r.fields.imageTag} to ${r.fields.env} is recorded to mark as rejected`);
            }
            else {
                // Another ring of a known image: start its row from what is known of the image (bedrock-cli).
                const template = r.stage === 'hld-updated' && fields.imageTag ? (await store.find({ imageTag: fields.imageTag })).filter((row) => row.p1 && !contradicts(row, { p1: fields.p1 }, rank)).sort(byKey).pop() : undefined;
                const base = template ? { commitId: template.commitId, p1: template.p1, service: template.service, sourceRepo: template.sourceRepo, imageBuiltAt: template.imageBuiltAt, commitTime: template.commitTime, author: template.author } : {};
                const c = changes({ partitionKey: '', rowKey: '' }, { ...base, ...fields }, rank);
                written = await store.insert(c.set, c.ranks, newRowKey());
            }
            await foldDuplicates(store, written);
            return written;
        }
        catch (err) {
            const status = err.statusCode;
            if ((status === 412 || status === 409 || status === 404) && attempt < 30) {
                await new Promise((res) => setTimeout(res, Math.random() * 50 * Math.min(attempt, 6)));
                continue;
            }
            throw err;
        }
    }
}
/**
 * Merges rows that describe the same deployment into the oldest-keyed one and deletes the rest; a
 * row that only knows the image is folded into every ring's row of that tag.
 */
async function foldDuplicates(store, row) {
    const seen = new Map();
    for (const r of await store.findAny(['imageTag', ...LINKS].map((k) => ({ [k]: row[k] }))))
        seen.set(r.rowKey, r);
    const mine = seen.get(row.rowKey);
    if (!mine)
        return;
    const others = [...seen.values()].filter((o) => o.rowKey !== mine.rowKey && compatible(mine, o));
    const image = imageOnly(mine) ? mine : others.find((o) => imageOnly(o));
    const rings = [...seen.values()].filter((o) => o !== image && !imageOnly(o) && image && compatible(image, o));
    if (image && rings.length) {
        for (const ring of rings) {
            const merged = fold(ring, image);
            await store.update(ring, merged.set, merged.ranks);
        }
        await store.remove(image);
        return image === mine ? undefined : foldDuplicates(store, { ...row, etag: undefined });
    }
    const other = others.find((o) => !imageOnly(o) || imageOnly(mine));
    if (!other)
        return adoptImage(store, mine, [...seen.values()]);
    const [keep, drop] = mine.rowKey < other.rowKey ? [mine, other] : [other, mine];
    const merged = fold(keep, drop);
    await store.update(keep, merged.set, merged.ranks);
    await store.remove(drop);
    return foldDuplicates(store, { ...row, rowKey: keep.rowKey });
}
const IMAGE_COLUMNS = ['commitId', 'p1', 'service', 'sourceRepo', 'imageBuiltAt', 'commitTime'];
/**
 * A ring's row started before its tag's build was known to it (stages in any order): the build
 * columns come from another row of the same tag, as bedrock-cli copies them to a second ring.
 */
async function adoptImage(store, row, rows) {
    if (!row.imageTag || row.p1)
        return;
    const donor = rows.find((o) => o.p1 && o.imageTag === row.imageTag && !(imageOnly(o) && o.env && o.env !== row.env));
    if (!donor)
        return;
    const from = Object.fromEntries(IMAGE_COLUMNS.map((k) => [k, donor[k]]));
    const c = changes(row, from, 1);
    if (Object.keys(c.set).length)
        await store.update(row, c.set, c.ranks);
}

;// CONCATENATED MODULE: ./lib/steps/gate.ts














const gate_step = {
    name: 'gate',
    title: 'Promotion gate',
    description: 'Decides whether an image tag may be promoted from one ring to the next (promote, wait or reject) and says why. It reads the deployment record of the source ring and checks, each only when asked: deployed there, synced by the cluster, soaked long enough, required commit checks green, pull request approvals, HTTP health. Fails the job on reject (and on wait with fail-on-wait). Promotion itself is an update-hld of the next ring with the same tag.',
    azureTaskId: '3e8a5c7d-1f2b-4d6e-9a0c-8b7f6e5d4c21',
    inputs: [
        { name: 'service', description: 'Service whose image is promoted (as recorded by record-deployment)', required: true },
        { name: 'image-tag', description: 'Image tag to promote', required: true },
        { name: 'rings', description: 'Rings in promotion order', kind: 'list', default: 'dev,staging,prod' },
        { name: 'from-ring', description: 'Ring the tag must already run in; default the ring before to-ring' },
        { name: 'to-ring', description: 'Ring to promote to; default the ring after from-ring' },
        { name: 'soak-time', description: 'How long the tag must have run in from-ring (since synced), e.g. 30m, 2h, 1d', default: '0' },
        { name: 'require-synced', description: 'Require the cluster to have applied the from-ring manifests (cluster-synced stage, or the sync tag)', kind: 'boolean', default: 'true' },
        { name: 'manifest-repo', description: 'Manifest repository whose sync tag shows what the cluster applied; default the recorded one' },
        { name: 'ring-clusters', description: 'Clusters of each ring, all of which must have synced: dev=aks-dev,prod=aks-weu+aks-eus (from operator events, or Flux / Argo CD commit statuses on the manifest commit naming the cluster)', kind: 'list' },
        { name: 'sync-tag', description: 'Tag the GitOps operator moves to the commit it applied (Flux v1 flux-sync)', default: 'flux-sync' },
        { name: 'required-checks', description: 'Commit checks (GitHub check runs or statuses, Azure DevOps statuses as genre/name) that must be green', kind: 'list' },
        { name: 'checks-commit', description: 'Which recorded commit the checks are read from', options: ['source', 'hld', 'manifest'], default: 'source' },
        { name: 'checks-repo', description: 'Repository of that commit; default the recorded one' },
        { name: 'required-approvals', description: 'Approvals needed on the HLD pull request that deployed the tag to from-ring', default: '0' },
        { name: 'hld-repo', description: 'HLD repository of that pull request; default the recorded one' },
        { name: 'provider', description: 'Forge for checks and approvals; auto picks it from the repository URL', options: ['auto', 'github', 'azure-devops'], default: 'auto' },
        { name: 'api-url', description: 'REST API root for GitHub Enterprise (https://host/api/v3) or an Azure DevOps server collection' },
        { name: 'token', description: "Token for the forge API and the manifest repository; default the job's own token", secret: true, jobToken: true },
        {
            name: 'trusted-hosts',
            description: 'Hosts (host, host:port or URL) the token may also be sent to when a repository comes from the deployment record; the hosts of manifest-repo, checks-repo, hld-repo, api-url and of the pipeline\'s own repository are always trusted',
            kind: 'list',
        },
        { name: 'health-url', description: 'URLs that must answer HTTP 2xx (the from-ring deployment)', kind: 'list' },
        { name: 'health-expect', description: 'Text the health answer must contain, e.g. {image-tag} once the new version serves' },
        { name: 'health-timeout', description: 'How long each health probe may take', default: '10s' },
        { name: 'fail-on-wait', description: 'Fail the job when the decision is wait (default: succeed with decision=wait)', kind: 'boolean', default: 'false' },
        ...storageInputs,
    ],
    outputs: [
        { name: 'decision', description: 'promote, wait or reject' },
        { name: 'reason', description: 'Why, in one line' },
        { name: 'image-tag', description: 'The image tag the decision is about' },
        { name: 'from-ring', description: 'Ring promoted from' },
        { name: 'to-ring', description: 'Ring promoted to' },
        { name: 'deployment-id', description: 'Deployment row of the tag in from-ring' },
        { name: 'ready-at', description: 'When only the soak is left: the time it ends (ISO 8601)' },
        { name: 'conditions', description: 'Every condition with its verdict and detail, as JSON' },
    ],
    async run(inputs, host) {
        // Domain errors name the ring; each is blamed on the input it came from.
        const rings = withInput('rings', () => ringOrder(inputs.list('rings')));
        const fromRing = withInput('from-ring', () => ringIn(rings, inputs.string('from-ring')));
        const toRing = withInput('to-ring', () => ringIn(rings, inputs.string('to-ring')));
        const pair = withInput(toRing ? 'to-ring' : 'from-ring', () => ringPair(rings, fromRing, toRing));
        const imageTag = inputs.require('image-tag');
        const optionalRepo = (name) => (inputs.string(name) ? checkRepoInput(inputs.string(name), name) : '');
        const question = {
            service: inputs.require('service'),
            imageTag,
            pair,
            soakMs: parseDuration(inputs.string('soak-time'), 'soak-time'),
            requireSynced: inputs.boolean('require-synced'),
            manifestRepo: optionalRepo('manifest-repo'),
            syncTag: inputs.string('sync-tag'),
            requiredChecks: inputs.list('required-checks'),
            checksCommit: inputs.string('checks-commit'),
            checksRepo: optionalRepo('checks-repo'),
            requiredApprovals: inputs.integer('required-approvals'),
            hldRepo: optionalRepo('hld-repo'),
            // Checked (and its keys registered as secrets) before anything can print it.
            healthUrls: inputs.list('health-url').map((u) => (healthTarget(u), u)),
            healthExpect: inputs.string('health-expect'),
            healthTimeoutMs: parseDuration(inputs.string('health-timeout'), 'health-timeout') || 10_000,
            ringClusters: withInput('ring-clusters', () => parseRingClusters(inputs.list('ring-clusters'), pair.rings)),
            syncStatuses: Boolean(inputs.string('token')),
        };
        checkRef(question.syncTag, 'sync-tag');
        const token = inputs.string('token') || undefined;
        // Tokens go only to hosts the pipeline author named, never to one a table row names.
        const trust = new TrustedHosts([question.manifestRepo, question.checksRepo, question.hldRepo, inputs.string('api-url'), host.build.repositoryUrl], inputs.list('trusted-hosts'));
        const withheld = (url) => `the token is not sent to ${trust_hostOf(url)}, a host learnt from the deployment record: name the repository in an input or its host in 'trusted-hosts'`;
        const store = DeploymentStore.open(storeOptions((n) => inputs.string(n)));
        const mark = { pass: '✔', wait: '…', reject: '✘', skip: '–' };
        // The group holds what it names: each condition's verdict and the decision.
        const answer = await host.group(`Gate ${imageTag}: ${pair.from} → ${pair.to}`, async () => {
            const a = await evaluateGate(question, {
                rowsForTag: (tag) => store.find({ imageTag: tag }),
                signals: (url, input) => {
                    const fromInput = url === question.checksRepo || url === question.hldRepo;
                    if (!fromInput)
                        asRecorded(() => checkRepoUrl(url, `the repository recorded in the deployment table (set '${input}' to choose one)`));
                    // Without api-url the API host is the repository's: it must be trusted to get the token.
                    if (token && !inputs.string('api-url') && !trust.allows(url))
                        throw new RingwayError(withheld(url));
                    const forge = withInput('provider', () => reviewForge(inputs.string('provider'), url));
                    // The repository URL's errors already name their input; what is left is about the token.
                    return withInput('token', () => signalsFor({ provider: forge, url, apiUrl: inputs.string('api-url'), token: token ?? '', input }));
                },
                syncTag: (url, tag, commit) => {
                    const fromInput = url === question.manifestRepo;
                    const trusted = !token || trust.allows(url);
                    if (!trusted)
                        host.warning(withheld(url));
                    if (fromInput)
                        return syncTagIncludes(url, token, tag, commit, 'manifest-repo');
                    const what = "the manifest repository recorded in the deployment table (set 'manifest-repo' to choose one)";
                    asRecorded(() => checkRepoUrl(url, what));
                    return syncTagIncludes(url, trusted ? token : undefined, tag, commit, what).catch((err) => {
                        throw trusted || !(err instanceof RingwayError) ? err : new RingwayError(`${err.message}; ${withheld(url)}`);
                    });
                },
                now: () => Date.now(),
            });
            for (const c of a.conditions)
                host.info(`${mark[c.verdict]} ${c.name}: ${c.detail}`);
            return a;
        });
        host.info(`decision: ${answer.decision} (${answer.reason})`);
        await host.summary({
            title: `ringway gate: ${imageTag} ${pair.from} → ${pair.to}: ${answer.decision}`,
            rows: [['condition', 'verdict', 'detail'], ...answer.conditions.map((c) => [c.name, c.verdict, c.detail])],
            notes: [answer.reason],
        });
        const outputs = {
            decision: answer.decision,
            reason: answer.reason,
            'image-tag': imageTag,
            'from-ring': pair.from,
            'to-ring': pair.to,
            'deployment-id': answer.deployment?.rowKey ?? '',
            'ready-at': answer.readyAt ?? '',
            conditions: JSON.stringify(answer.conditions),
        };
        // A reject of a deployed tag is a failed change in from-ring (docs/metrics.md); the first one is kept.
        if (answer.decision === 'reject' && answer.deployment && !answer.deployment.gateRejectedAt) {
            const d = answer.deployment;
            // Named by its ids as well: the same tag may have been deployed to the ring more than once.
            const ids = { p2: d.p2, pr: d.pr, p3: d.p3, manifestCommitId: d.manifestCommitId, hldCommitId: d.hldCommitId };
            await recordStage(store, { stage: 'gate-rejected', fields: { imageTag: d.imageTag ?? imageTag, env: d.env ?? pair.from, ...ids } }).catch((e) => host.warning(`gate reject not recorded: ${errorMessage(e).split('\n')[0]}`));
        }
        if (answer.decision === 'reject' || (answer.decision === 'wait' && inputs.boolean('fail-on-wait'))) {
            throw new StepFailure(`gate: ${answer.decision} promotion of ${imageTag} from ${pair.from} to ${pair.to}: ${answer.reason}`, outputs);
        }
        return outputs;
    },
};
/** A stored value that fails a rule is bad data, not bad usage: an error (exit 1) naming where it came from. */
function asRecorded(check) {
    try {
        return check();
    }
    catch (err) {
        if (err instanceof UsageError)
            throw new RingwayError(err.message);
        throw err;
    }
}

;// CONCATENATED MODULE: ./lib/fs/walk.ts


/**
 * Every entry under `dir` that is not a folder (files, symlinks, others), depth first in the order
 * the file system lists them, with its full path. Folders are entered, never yielded; a symlink is
 * yielded, never followed, so a walk cannot leave the tree or loop.
 */
async function* walkFiles(dir, opts = {}) {
    const entries = opts.skipUnreadable ? await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true }).catch(() => []) : await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = (0,external_node_path_namespaceObject.join)(dir, entry.name);
        if (entry.isDirectory())
            yield* walkFiles(path, opts);
        else
            yield { path, entry };
    }
}

;// CONCATENATED MODULE: ./lib/fs/contained.ts




/**
 * Symlinks are never followed out of a checkout or a source folder. A checkout's content (HLD,
 * manifest repository, fetched component) is untrusted: a committed link to `/home/runner` must not
 * make a step read, write or delete there. These checks run before any read or write, dry-run too.
 */
/** Whether `path` is `root` or below it (by name; links are not followed). */
function inside(root, path) {
    const rel = (0,external_node_path_namespaceObject.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_namespaceObject.sep}`) && !(0,external_node_path_namespaceObject.isAbsolute)(rel));
}
/**
 * Proves that `path` (which may not exist yet) resolves inside `root` once every link on the way is
 * followed: the deepest existing part of it is resolved; a dangling link is refused (writing
 * through it would create its target, wherever that is). `what` starts the error line.
 */
async function assertResolvesInside(root, path, what) {
    const realRoot = await (0,promises_namespaceObject.realpath)(root);
    let p = path;
    for (;;) {
        if (await (0,promises_namespaceObject.lstat)(p).then(() => true, () => false))
            break;
        const up = (0,external_node_path_namespaceObject.dirname)(p);
        if (up === p)
            return;
        p = up;
    }
    const real = await (0,promises_namespaceObject.realpath)(p).catch(() => undefined);
    if (!real || !inside(realRoot, real)) {
        throw new RingwayError(`${what}: '${(0,external_node_path_namespaceObject.relative)(root, p) || '.'}' is a symbolic link that leads outside ${(0,external_node_path_namespaceObject.relative)((0,external_node_path_namespaceObject.dirname)(root), root) || root}; links are never followed out of a checkout`);
    }
}
/** Refuses when any existing part of `rel` under `root` is a symbolic link, wherever it points. */
async function assertNoLinkOnPath(root, rel, what) {
    let p = root;
    for (const part of rel.split(/[\\/]+/).filter((x) => x && x !== '.')) {
        p = (0,external_node_path_namespaceObject.join)(p, part);
        const st = await (0,promises_namespaceObject.lstat)(p).catch(() => undefined);
        if (!st)
            return;
        if (st.isSymbolicLink())
            throw new RingwayError(`${what}: '${(0,external_node_path_namespaceObject.relative)(root, p)}' is a symbolic link in the repository; ringway does not follow links out of a checkout`);
    }
}
/** Every link among `names` directly in `dir` (and, for a folder, its entries) must resolve inside `root`. */
async function assertEntriesInside(root, dir, names, what) {
    for (const name of names) {
        const p = (0,external_node_path_namespaceObject.join)(dir, name);
        const st = await (0,promises_namespaceObject.lstat)(p).catch(() => undefined);
        if (!st)
            continue;
        if (st.isSymbolicLink())
            await assertResolvesInside(root, p, what);
        else if (st.isDirectory()) {
            for (const e of await (0,promises_namespaceObject.readdir)(p, { withFileTypes: true }))
                if (e.isSymbolicLink())
                    await assertResolvesInside(root, (0,external_node_path_namespaceObject.join)(p, e.name), what);
        }
    }
}
/** Every link anywhere under `dir` must resolve inside `root` (a chart, a static or kustomize folder). */
async function assertTreeInside(root, dir, what) {
    await assertResolvesInside(root, dir, what);
    if (!(await (0,promises_namespaceObject.lstat)(dir).catch(() => undefined))?.isDirectory())
        return;
    for await (const { path, entry } of walkFiles(dir, { skip: (e) => e.isDirectory() && e.name === '.git', skipUnreadable: true })) {
        if (entry.isSymbolicLink())
            await assertResolvesInside(root, path, what);
    }
}

;// CONCATENATED MODULE: ./lib/pool.ts
// Bounded concurrency for work that spawns processes or does I/O: a pool over a list, and a
// limiter that any number of callers share.
/** Runs `fn` over `items` with at most `limit` at a time; the first failure wins and stops new work. */
async function pool(items, limit, fn) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const item = items[next++];
            try {
                await fn(item);
            }
            catch (err) {
                failure ??= err;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure !== undefined)
        throw failure;
}
/** A bound on work under way: `limit(fn)` runs fn once fewer than `n` others run. */
function limiter(n) {
    let running = 0;
    const waiting = [];
    return async (fn) => {
        if (running >= n)
            await new Promise((r) => waiting.push(r));
        else
            running++;
        try {
            return await fn();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next(); // the slot passes to the next waiter
            else
                running--;
        }
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./lib/hld/files.ts




/** Aliases a file may expand; bounds "billion laughs" documents. */
const MAX_ALIASES = 100;
async function exists(path) {
    return (0,promises_namespaceObject.stat)(path).then(() => true, () => false);
}
/**
 * Parses one YAML or JSON file into plain data. Errors name the file and line:
 * `config/prod.yaml:4: …`.
 */
async function loadDataFile(path, display) {
    const text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    return parseData(text, display, path.endsWith('.json'));
}
function parseData(text, display, json = false) {
    if (json) {
        try {
            return JSON.parse(text);
        }
        catch (err) {
            throw new RingwayError(`${display}: invalid JSON: ${err.message}`);
        }
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: false, lineCounter });
    const err = doc.errors[0];
    if (err) {
        const line = lineCounter.linePos(err.pos[0]).line;
        throw new RingwayError(`${display}${line ? `:${line}` : ''}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (e) {
        throw new RingwayError(`${display}: ${e.message.split('\n')[0]}`);
    }
}
/** The first document of a YAML stream, as Go's yaml.Unmarshal reads it; undefined when unparseable. */
function firstDocument(text) {
    try {
        const docs = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false });
        if (!Array.isArray(docs))
            return undefined;
        const first = docs[0];
        if (!first)
            return null;
        if (first.errors.length)
            return undefined;
        return first.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch {
        return undefined;
    }
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Resolves `path` under `base` and proves it stays inside `root` — also through symlinks.
 * `what` names the offending field in the error.
 */
async function containedPath(root, base, path, what) {
    if ((0,external_node_path_namespaceObject.isAbsolute)(path))
        throw new RingwayError(`${what}: absolute path '${path}' is not allowed; paths are relative to the HLD`);
    const full = (0,external_node_path_namespaceObject.resolve)(base, path);
    assertInside(root, full, what, path);
    if (await exists(full)) {
        const [realRoot, realFull] = await Promise.all([(0,promises_namespaceObject.realpath)(root), (0,promises_namespaceObject.realpath)(full)]);
        assertInside(realRoot, realFull, what, path);
    }
    return full;
}
function assertInside(root, full, what, original) {
    const rel = (0,external_node_path_namespaceObject.relative)(root, full);
    if (rel === '..' || rel.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(rel)) {
        throw new RingwayError(`${what}: path '${original}' leads outside the HLD`);
    }
}

;// CONCATENATED MODULE: ./lib/hld/hooks.ts


/** Whether a component has a command for `hook` (before-generate, after-install, …). */
function hasHook(node, hook) {
    return (node.def.hooks[hook] ?? []).some((c) => c.trim() !== '');
}
/** Runs a component's commands for `hook` in its folder; the first failing one fails the component. */
async function runHooks(node, hook) {
    for (const cmd of node.def.hooks[hook] ?? []) {
        if (!cmd.trim())
            continue;
        const r = await exec('sh', ['-c', cmd], { cwd: node.physical, allowFailure: true });
        if (r.code !== 0)
            throw new RingwayError(`component '${node.path}': ${hook} hook '${cmd}' failed (exit ${r.code}): ${lastLines(r.stderr || r.stdout, 1)}`);
    }
}

;// CONCATENATED MODULE: ./lib/hld/chart-deps.ts






/** Dependencies a chart declares (Chart.yaml `dependencies`, or helm 2's requirements.yaml). */
async function declared(chartDir) {
    const out = [];
    for (const file of ['Chart.yaml', 'requirements.yaml']) {
        const path = (0,external_node_path_namespaceObject.join)(chartDir, file);
        if (!(await exists(path)))
            continue;
        const doc = (0,dist/* parse */.qg)(await (0,promises_namespaceObject.readFile)(path, 'utf8'));
        if (Array.isArray(doc?.dependencies))
            out.push(...doc.dependencies);
    }
    return out;
}
const inflight = new Map();
/**
 * Fetches the dependencies of a fetched chart (git or helm repository) that are not in its
 * `charts/` folder, as Fabrikate's install does for remote charts: charts kept in git rarely commit
 * their `charts/`. `helm dependency build` follows Chart.lock when there is one (exact versions),
 * else resolves like `update`. Local charts are left as they are: generate never writes into the HLD.
 */
function ensureChartDependencies(chartDir, who) {
    let p = inflight.get(chartDir);
    if (!p) {
        p = build(chartDir, who).finally(() => inflight.delete(chartDir));
        inflight.set(chartDir, p);
    }
    return p;
}
async function build(chartDir, who) {
    if (!(await declared(chartDir)).length)
        return;
    const list = await exec('helm', ['dependency', 'list', chartDir], { allowFailure: true });
    // Rows are "NAME VERSION REPOSITORY STATUS"; anything but ok/unpacked needs fetching.
    const rows = list.stdout.split('\n').slice(1).map((l) => l.trim().split(/\t+|\s{2,}/)).filter((r) => r.length >= 4);
    if (list.code === 0 && rows.every((r) => /^(ok|unpacked)$/.test(r[r.length - 1].trim())))
        return;
    // The repositories come from the chart (untrusted content) and helm gives them no time limit.
    const timeout = { ms: networkTimeoutMs(), service: `component '${who}': the chart repositories its dependencies name` };
    const r = await exec('helm', ['dependency', 'build', chartDir], { allowFailure: true, label: 'helm dependency build', timeout });
    if (r.code !== 0) {
        // helm ends with a generic "no cached repository"; the line saying why is earlier.
        const text = `${r.stdout}\n${r.stderr}`;
        const why = text.split('\n').reverse().find((l) => /dial tcp|no such host|connection refused|not found|could not|status code|x509/i.test(l));
        throw new RingwayError(`component '${who}': helm dependency build failed: ${lastLines(why ?? text, 1)}`);
    }
}

;// CONCATENATED MODULE: ./lib/hld/yaml11.ts
// YAML the way Fabrikate reads and writes it: Go's yaml.v2 (its fork timfpark/yaml), a YAML 1.1
// resolver. Plain `off`/`no`/`y` are booleans, `0644` is octal (420), `1_000` is 1000, a plain
// date stays the text it was; quoted scalars are strings. helm reads values files the same way.


/** Aliases a file may expand; bounds "billion laughs" documents. */
const yaml11_MAX_ALIASES = 100;
const BOOL = {};
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
    BOOL[s] = true;
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
    BOOL[s] = false;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS = {
    '.nan': NaN, '.NaN': NaN, '.NAN': NaN,
    '.inf': Infinity, '.Inf': Infinity, '.INF': Infinity,
    '+.inf': Infinity, '+.Inf': Infinity, '+.INF': Infinity,
    '-.inf': -Infinity, '-.Inf': -Infinity, '-.INF': -Infinity,
};
const YAML_STYLE_FLOAT = /^[-+]?[0-9]*\.?[0-9]+([eE][-+][0-9]+)?$/;
// Go's time.Parse formats yaml.v2 tries for timestamps.
const TIMESTAMP = [
    /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{2}:\d{2}(\.\d+)?(Z|[-+]\d{2}:\d{2})$/, // RFC3339Nano
    /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{2}:\d{2}(\.\d+)?$/,
    /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}:\d{2}(\.\d+)?$/,
    /^\d{4}-\d{1,2}-\d{1,2}$/,
];
/** Go's strconv.ParseInt(s, 0, 64) on the text without underscores; undefined when not an integer. */
function goInt(plain) {
    const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
    if (!m)
        return undefined;
    const body = m[2];
    let n;
    if (/^0[xXoObB]/.test(body))
        n = BigInt(body.toLowerCase());
    else if (body.length > 1 && body.startsWith('0'))
        n = BigInt(`0o${body.slice(1)}`);
    else
        n = BigInt(body);
    if (m[1] === '-')
        n = -n;
    if (n > 18446744073709551615n || n < -9223372036854775808n)
        return undefined;
    return Number.isSafeInteger(Number(n)) ? Number(n) : n;
}
/** A plain scalar resolved as yaml.v2 does; `string` when it is text. */
function resolvePlain(s) {
    if (s in BOOL)
        return { tag: 'bool', value: BOOL[s] };
    if (NULLS.has(s))
        return { tag: 'null', value: null };
    if (s in SPECIAL_FLOATS)
        return { tag: 'float', value: SPECIAL_FLOATS[s] };
    if (s === '<<')
        return { tag: 'merge', value: s };
    const c = s[0];
    if (c === '.') {
        if (/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s))
            return { tag: 'float', value: Number(s) };
    }
    else if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
        if (/^\d{4}-/.test(s) && TIMESTAMP.some((re) => re.test(s)) && validDate(s))
            return { tag: 'timestamp', value: s };
        const plain = s.replace(/_/g, '');
        const i = goInt(plain);
        if (i !== undefined)
            return { tag: 'int', value: i };
        if (YAML_STYLE_FLOAT.test(plain))
            return { tag: 'float', value: Number(plain) };
        const bin = /^(-?)0b([01]+)$/.exec(plain);
        if (bin)
            return { tag: 'int', value: Number(BigInt(`0b${bin[2]}`)) * (bin[1] ? -1 : 1) };
    }
    return { tag: 'str', value: s };
}
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
/** True when this text, written plain, would not read back as the same string under YAML 1.1. */
function readsAsOther11(s) {
    return resolvePlain(s).tag !== 'str' || BASE60.test(s);
}
function validDate(s) {
    const [y, mo, d] = s.split(/[-Tt ]/).map(Number);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 0;
}
/**
 * A number as yaml.v2 prints it: integers in decimal; other floats as Go's FormatFloat(f, 'g', -1)
 * (exponent form below 1e-4 and from 1e6 up: 1.5e+06, 1e-05).
 */
function goFloatString(f, float = false) {
    if (Number.isNaN(f))
        return '.nan';
    if (f === Infinity)
        return '.inf';
    if (f === -Infinity)
        return '-.inf';
    if (Object.is(f, -0))
        return float ? '-0' : '0';
    if (f === 0)
        return '0';
    if (Number.isInteger(f) && !float)
        return String(f);
    const e = Math.floor(Math.log10(Math.abs(f)));
    if (e < -4 || e >= 6) {
        const [m, x] = f.toExponential().split('e');
        const n = Number(x);
        return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
    }
    return String(f);
}
/** A float whose value is a whole number (`1.0`, `1e+06`): yaml.v2 writes it as a float (`1e+06`). */
class GoFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
/** Parses YAML as yaml.v2 reads it into interface{} values; errors name the file and line. */
function parseYaml11(text, opts = { display: 'YAML' }) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', prettyErrors: false, uniqueKeys: false, lineCounter, merge: false });
    const err = doc.errors[0];
    if (err) {
        const line = lineCounter.linePos(err.pos[0]).line;
        throw new RingwayError(`${opts.display}${line ? `:${line}` : ''}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
    return toGo(doc, opts, text);
}
/**
 * A key that is not text, as a string: "\0<kind>\0<as Go prints it>" (kind bool, int, float or
 * null). goMarshal prints it plain and sorts it as yaml.v2 does (bools, ints, floats, then text).
 */
function typedKey(k) {
    const v = scalar(k);
    if (typeof v === 'string')
        return v;
    if (v === null)
        return '\0null\0null';
    if (typeof v === 'boolean')
        return `\0bool\0${v}`;
    const n = Number(v);
    const src = String(k.source ?? '');
    const isInt = resolvePlain(src).tag === 'int';
    return `\0${isInt ? 'int' : 'float'}\0${goFloatString(n, !isInt)}`;
}
const KIND_ORDER = { null: 0, bool: 1, int: 2, float: 14 };
function toGo(doc, opts, text) {
    let aliases = 0;
    const walk = (node) => {
        if (node === null || node === undefined)
            return null;
        if ((0,dist/* isAlias */.Vj)(node)) {
            if (++aliases > yaml11_MAX_ALIASES)
                throw new RingwayError(`${opts.display}: more than ${yaml11_MAX_ALIASES} aliases`);
            const target = node.resolve(doc);
            if (!target)
                throw new RingwayError(`${opts.display}: unknown anchor '${node.source}'`);
            return walk(target);
        }
        if ((0,dist/* isScalar */.jn)(node)) {
            if (opts.text) {
                const src = String(node.source ?? '');
                if (node.type === 'PLAIN' && !node.tag)
                    return resolvePlain(src).tag === 'null' ? null : src;
                return typeof node.value === 'string' ? node.value : src;
            }
            const v = scalar(node);
            if ((opts.typedKeys || opts.floats) && typeof v === 'number' && Number.isInteger(v) && node.type === 'PLAIN' && resolvePlain(String(node.source ?? '')).tag === 'float')
                return new GoFloat(v);
            // libyaml ends a clipped block scalar (`|`, `>`) that runs to the end of the input without a
            // line break with no line break; the JS parser adds one. A helm chunk split on "\n---" ends so.
            if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && typeof v === 'string' && v.endsWith('\n') && text !== undefined) {
                const [start, , end] = node.range ?? [0, 0, 0];
                if (!/\n\s*$/.test(text) && end >= text.trimEnd().length && !/^[|>][1-9]?\+/.test(text.slice(start)))
                    return v.slice(0, -1);
            }
            return v;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const out = {};
            const merges = [];
            for (const pair of node.items) {
                const k = pair.key;
                if ((0,dist/* isScalar */.jn)(k) && k.type === 'PLAIN' && !k.tag && k.source === '<<') {
                    const v = walk(pair.value);
                    for (const m of Array.isArray(v) ? v : [v])
                        if (m && typeof m === 'object' && !Array.isArray(m))
                            merges.push(m);
                    continue;
                }
                let key;
                // Fabrikate reads config into map[string]interface{}, and its yaml fork gives nested maps the
                // same string keys: a key keeps its text (`on:` is "on", `0x10:` is "0x10"), as fab shows.
                if ((0,dist/* isScalar */.jn)(k))
                    key = opts.typedKeys ? typedKey(k) : typeof k.value === 'string' ? k.value : String(k.source ?? '');
                else
                    key = JSON.stringify(walk(k));
                out[key] = walk(pair.value);
            }
            for (const m of merges)
                for (const [k, v] of Object.entries(m))
                    if (!(k in out))
                        out[k] = v;
            return out;
        }
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map((n) => walk(n));
        return null;
    };
    return walk(doc.contents);
}
function scalar(node) {
    const src = typeof node.source === 'string' ? node.source : String(node.value ?? '');
    const tag = node.tag?.replace(/^tag:yaml\.org,2002:/, '!!');
    if (node.type === 'PLAIN' && (!tag || tag === '!')) {
        const r = resolvePlain(src);
        return typeof r.value === 'bigint' ? Number(r.value) : r.value;
    }
    if (tag === '!!str' || tag === undefined || tag === '!')
        return typeof node.value === 'string' ? node.value : src;
    if (tag === '!!int' || tag === '!!float' || tag === '!!bool' || tag === '!!null') {
        const r = resolvePlain(typeof node.value === 'string' ? node.value : src);
        return typeof r.value === 'bigint' ? Number(r.value) : r.value;
    }
    // Other tags (custom, !!binary, !!timestamp): the text.
    return typeof node.value === 'string' ? node.value : src;
}
/** The first document of a stream as yaml.v2's Unmarshal reads it; undefined when it does not parse. */
function firstDocument11(text) {
    try {
        const docs = (0,dist/* parseAllDocuments */.hR)(text, { version: '1.1', uniqueKeys: false, merge: false });
        if (!Array.isArray(docs))
            return undefined;
        const first = docs[0];
        if (!first)
            return null;
        if (first.errors.length)
            return undefined;
        return toGo(first, { display: 'document', typedKeys: true }, text);
    }
    catch {
        return undefined;
    }
}
// ---- Marshal: the layout of Go's yaml.v2 Marshal (libyaml's emitter), byte for byte for the data
// Fabrikate writes: block style, keys sorted as yaml.v2 sorts them, sequences not indented under
// a key, 80 columns, plain scalars where they read back as the same string.
const BEST_WIDTH = 80;
function isPrintable(cp) {
    return (cp === 0x0a ||
        (cp >= 0x20 && cp <= 0x7e) ||
        cp === 0x85 ||
        (cp >= 0xa0 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) ||
        (cp >= 0x10000 && cp <= 0x10ffff));
}
const isBreakCh = (c) => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlankCh = (c) => c === ' ' || c === '\t';
/** libyaml's yaml_emitter_analyze_scalar (block context). */
function analyze(chars) {
    if (chars.length === 0)
        return { multiline: false, blockPlain: true, singleQuoted: true, block: false };
    let blockIndicators = false;
    let lineBreaks = false;
    let special = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    let prevSpace = false;
    let prevBreak = false;
    const s = chars.join('');
    if (s.startsWith('---') || s.startsWith('...'))
        blockIndicators = true;
    let precededByWhitespace = true;
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        const next = chars[i + 1];
        const followedByWhitespace = next === undefined || isBlankCh(next) || isBreakCh(next);
        if (i === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(c))
                blockIndicators = true;
            else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace)
                blockIndicators = true;
        }
        else if ((c === ':' && followedByWhitespace) || (c === '#' && precededByWhitespace))
            blockIndicators = true;
        if (!isPrintable(c.codePointAt(0) ?? 0))
            special = true;
        if (c === ' ') {
            if (i === 0)
                leadingSpace = true;
            if (i === chars.length - 1)
                trailingSpace = true;
            if (prevBreak)
                breakSpace = true;
            prevSpace = true;
            prevBreak = false;
        }
        else if (isBreakCh(c)) {
            lineBreaks = true;
            if (i === 0)
                leadingBreak = true;
            if (i === chars.length - 1)
                trailingBreak = true;
            if (prevSpace)
                spaceBreak = true;
            prevSpace = false;
            prevBreak = true;
        }
        else {
            prevSpace = false;
            prevBreak = false;
        }
        precededByWhitespace = isBlankCh(c) || isBreakCh(c);
    }
    const a = { multiline: lineBreaks, blockPlain: true, singleQuoted: true, block: true };
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        a.blockPlain = false;
    if (trailingSpace)
        a.block = false;
    if (breakSpace)
        a.blockPlain = a.singleQuoted = false;
    if (spaceBreak || special)
        a.blockPlain = a.singleQuoted = a.block = false;
    if (lineBreaks)
        a.blockPlain = false;
    if (blockIndicators)
        a.blockPlain = false;
    return a;
}
class Emitter {
    out = '';
    column = 0;
    whitespace = true;
    indention = true;
    indent = -1;
    indents = [];
    simpleKey = false;
    put(s) {
        this.out += s;
        this.column += [...s].length;
    }
    putBreak() {
        this.out += '\n';
        this.column = 0;
    }
    increaseIndent(flow, indentless) {
        this.indents.push(this.indent);
        if (this.indent < 0)
            this.indent = flow ? 2 : 0;
        else if (!indentless)
            this.indent += 2;
    }
    popIndent() {
        this.indent = this.indents.pop() ?? -1;
    }
    writeIndent() {
        const indent = Math.max(this.indent, 0);
        if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace))
            this.putBreak();
        while (this.column < indent)
            this.put(' ');
        this.whitespace = true;
        this.indention = true;
    }
    indicator(ind, needWhitespace, isWhitespace, isIndention) {
        if (needWhitespace && !this.whitespace)
            this.put(' ');
        this.put(ind);
        this.whitespace = isWhitespace;
        this.indention = this.indention && isIndention;
    }
    node(v, ctx) {
        if (Array.isArray(v))
            return this.sequence(v, ctx);
        if (v !== null && typeof v === 'object' && !(v instanceof GoFloat))
            return this.mapping(v);
        this.scalarValue(v);
    }
    sequence(items, ctx) {
        if (items.length === 0) {
            this.indicator('[', true, true, false);
            this.indicator(']', false, false, false);
            return;
        }
        this.increaseIndent(false, ctx === 'mapping' && !this.indention);
        for (const item of items) {
            this.writeIndent();
            this.indicator('-', true, false, true);
            this.node(item, 'sequence');
        }
        this.popIndent();
    }
    mapping(map) {
        const keys = Object.keys(map).sort(goKeyCompare);
        if (keys.length === 0) {
            this.indicator('{', true, true, false);
            this.indicator('}', false, false, false);
            return;
        }
        this.increaseIndent(false, false);
        for (const k of keys) {
            this.writeIndent();
            const chars = [...k];
            if (chars.length > 128 || analyze(chars).multiline) {
                // Not a simple key: `? key` / `: value`.
                this.indicator('?', true, false, true);
                this.scalarValue(k);
                this.writeIndent();
                this.indicator(':', true, false, true);
            }
            else {
                this.simpleKey = true;
                if (k.startsWith('\0'))
                    this.scalar(k.split('\0')[2], 'plain');
                else
                    this.scalarValue(k);
                this.simpleKey = false;
                this.indicator(':', false, false, false);
            }
            this.node(map[k], 'mapping');
        }
        this.popIndent();
    }
    scalarValue(v) {
        if (v === null || v === undefined)
            return this.scalar('null', 'plain');
        if (typeof v === 'boolean')
            return this.scalar(v ? 'true' : 'false', 'plain');
        if (typeof v === 'number')
            return this.scalar(goFloatString(v), 'plain');
        if (v instanceof GoFloat)
            return this.scalar(goFloatString(v.value, true), 'plain');
        if (typeof v === 'bigint')
            return this.scalar(String(v), 'plain');
        if (v instanceof Date)
            return this.scalar(v.toISOString(), 'plain');
        const s = String(v);
        // yaml.v2's stringv: multi-line text as a literal block, plain when it reads back as the same
        // string (YAML 1.1 resolution, base-60 numbers quoted too), else double-quoted.
        let style;
        if (s.includes('\n'))
            style = 'literal';
        else if (!readsAsOther11(s))
            style = 'plain';
        else
            style = 'double';
        this.scalar(s, style);
    }
    /** libyaml's select_scalar_style + process_scalar. */
    scalar(s, requested) {
        const chars = [...s];
        const a = analyze(chars);
        let style = requested;
        if (this.simpleKey && a.multiline)
            style = 'double';
        if (style === 'plain') {
            if (!a.blockPlain || (chars.length === 0 && this.simpleKey))
                style = 'single';
        }
        if (style === 'single' && !a.singleQuoted)
            style = 'double';
        if (style === 'literal' && (!a.block || this.simpleKey))
            style = 'double';
        this.increaseIndent(true, false);
        const breaks = !this.simpleKey;
        if (style === 'plain')
            this.plain(chars, breaks);
        else if (style === 'single')
            this.single(chars, breaks);
        else if (style === 'double')
            this.double(chars, breaks);
        else
            this.literal(chars);
        this.popIndent();
    }
    writeBreakChar(c) {
        if (c === '\n')
            this.putBreak();
        else {
            this.out += c;
            this.column = 0;
        }
    }
    plain(chars, allowBreaks) {
        if (!this.whitespace)
            this.put(' ');
        let spaces = false;
        let breaks = false;
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            if (c === ' ') {
                if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ')
                    this.writeIndent();
                else
                    this.put(c);
                spaces = true;
            }
            else if (isBreakCh(c)) {
                if (!breaks && c === '\n')
                    this.putBreak();
                this.writeBreakChar(c);
                this.indention = true;
                breaks = true;
            }
            else {
                if (breaks)
                    this.writeIndent();
                this.put(c);
                this.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        this.whitespace = false;
        this.indention = false;
    }
    single(chars, allowBreaks) {
        this.indicator("'", true, false, false);
        let spaces = false;
        let breaks = false;
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            if (c === ' ') {
                if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ')
                    this.writeIndent();
                else
                    this.put(c);
                spaces = true;
            }
            else if (isBreakCh(c)) {
                if (!breaks && c === '\n')
                    this.putBreak();
                this.writeBreakChar(c);
                this.indention = true;
                breaks = true;
            }
            else {
                if (breaks)
                    this.writeIndent();
                if (c === "'")
                    this.put("'");
                this.put(c);
                this.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        this.indicator("'", false, false, false);
        this.whitespace = false;
        this.indention = false;
    }
    double(chars, allowBreaks) {
        let spaces = false;
        this.indicator('"', true, false, false);
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            const cp = c.codePointAt(0) ?? 0;
            if (!isPrintable(cp) || cp === 0xfeff || isBreakCh(c) || c === '"' || c === '\\') {
                const esc = {
                    0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
                    0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
                };
                let e = esc[cp];
                if (e === undefined) {
                    const hex = cp.toString(16).toUpperCase();
                    e = cp <= 0xff ? `x${hex.padStart(2, '0')}` : cp <= 0xffff ? `u${hex.padStart(4, '0')}` : `U${hex.padStart(8, '0')}`;
                }
                this.put(`\\${e}`);
                spaces = false;
            }
            else if (c === ' ') {
                if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
                    this.writeIndent();
                    if (chars[i + 1] === ' ')
                        this.put('\\');
                }
                else
                    this.put(c);
                spaces = true;
            }
            else {
                this.put(c);
                spaces = false;
            }
        }
        this.indicator('"', false, false, false);
        this.whitespace = false;
        this.indention = false;
    }
    literal(chars) {
        this.indicator('|', true, false, false);
        if (chars[0] === ' ' || isBreakCh(chars[0]))
            this.indicator('2', false, false, false);
        let chomp = '';
        if (chars.length === 0)
            chomp = '-';
        else {
            const last = chars.length - 1;
            if (!isBreakCh(chars[last]))
                chomp = '-';
            else if (last === 0 || isBreakCh(chars[last - 1]))
                chomp = '+';
        }
        if (chomp)
            this.indicator(chomp, false, false, false);
        this.putBreak();
        this.indention = true;
        this.whitespace = true;
        let breaks = true;
        for (const c of chars) {
            if (isBreakCh(c)) {
                this.writeBreakChar(c);
                this.indention = true;
                breaks = true;
            }
            else {
                if (breaks)
                    this.writeIndent();
                this.put(c);
                this.indention = false;
                breaks = false;
            }
        }
    }
}
/** yaml.v2's key order for string keys: letters before other characters, digit runs by value. */
function goKeyCompare(a, b) {
    if (a.startsWith('\0') || b.startsWith('\0')) {
        // Typed keys (see typedKey): numbers and bools by value, then by kind; text sorts last.
        const [, ka, va] = a.startsWith('\0') ? a.split('\0') : ['', 'string', a];
        const [, kb, vb] = b.startsWith('\0') ? b.split('\0') : ['', 'string', b];
        const num = (k, v) => (k === 'bool' ? (v === 'true' ? 1 : 0) : k === 'int' || k === 'float' ? Number(v) : undefined);
        const na = num(ka, va);
        const nb = num(kb, vb);
        const ord = (k) => KIND_ORDER[k] ?? 24;
        if (na !== undefined && nb !== undefined)
            return na !== nb ? na - nb : ord(ka) - ord(kb);
        return ord(ka) - ord(kb);
    }
    const ar = [...a];
    const br = [...b];
    const isLetter = (c) => /\p{L}/u.test(c);
    const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
    for (let i = 0; i < ar.length && i < br.length; i++) {
        if (ar[i] === br[i])
            continue;
        const al = isLetter(ar[i]);
        const bl = isLetter(br[i]);
        if (al && bl)
            return ar[i] < br[i] ? -1 : 1;
        if (al || bl)
            return bl ? -1 : 1;
        let an = 0;
        let bn = 0;
        if (ar[i] === '0' || br[i] === '0') {
            for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
                if (ar[j] !== '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let ai = i;
        let bi = i;
        for (; ai < ar.length && isDigit(ar[ai]); ai++)
            an = an * 10 + Number(ar[ai]);
        for (; bi < br.length && isDigit(br[bi]); bi++)
            bn = bn * 10 + Number(br[bi]);
        if (an !== bn)
            return an < bn ? -1 : 1;
        if (ai !== bi)
            return ai < bi ? -1 : 1;
        return ar[i] < br[i] ? -1 : 1;
    }
    return ar.length - br.length;
}
/** `yaml.Marshal(value)` of Go's yaml.v2, for data read with parseYaml11. */
function goMarshal(value) {
    const e = new Emitter();
    e.node(value, 'root');
    // Document end: a final line break.
    e.writeIndent();
    return e.out;
}

;// CONCATENATED MODULE: ./lib/hld/config.ts





function emptyConfig() {
    return { namespace: '', injectNamespace: false, disabled: false, config: {}, subcomponents: {} };
}
/** Reads `config/<env>.yaml` (else `.json`); a missing file is an empty config, as in Fabrikate. */
async function loadConfigFile(componentDir, env, display) {
    for (const ext of ['yaml', 'json']) {
        const full = (0,external_node_path_namespaceObject.join)(componentDir, 'config', `${env}.${ext}`);
        if (await exists(full)) {
            const shown = `${display === '.' ? '' : `${display}/`}config/${env}.${ext}`;
            // YAML as Fabrikate reads it (yaml.v2, YAML 1.1): plain `off` is false, `0644` is 420.
            const data = ext === 'json' ? await loadDataFile(full, shown) : parseYaml11(await (0,promises_namespaceObject.readFile)(full, 'utf8'), { display: shown });
            return { ...toConfig(data ?? {}, shown, ''), file: shown };
        }
    }
    return undefined;
}
function toConfig(raw, file, at) {
    if (!isPlainObject(raw))
        throw new RingwayError(`${file}: ${at || 'the file'} must be a mapping`);
    const c = emptyConfig();
    const where = (k) => `${file}: '${at ? `${at}.` : ''}${k}'`;
    if (raw.namespace !== undefined && raw.namespace !== null) {
        if (typeof raw.namespace !== 'string')
            throw new RingwayError(`${where('namespace')} must be a string`);
        c.namespace = raw.namespace;
    }
    for (const key of ['injectNamespace', 'disabled']) {
        const v = raw[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'boolean')
            throw new RingwayError(`${where(key)} must be true or false`);
        c[key] = v;
    }
    if (raw.config !== undefined && raw.config !== null) {
        if (!isPlainObject(raw.config))
            throw new RingwayError(`${where('config')} must be a mapping`);
        c.config = raw.config;
    }
    if (raw.subcomponents !== undefined && raw.subcomponents !== null) {
        if (!isPlainObject(raw.subcomponents))
            throw new RingwayError(`${where('subcomponents')} must be a mapping of subcomponent names`);
        for (const [name, sub] of Object.entries(raw.subcomponents)) {
            c.subcomponents[name] = toConfig(sub ?? {}, file, `${at ? `${at}.` : ''}subcomponents.${name}`);
        }
    }
    return c;
}
/**
 * Layers configs in priority order, first wins, with Fabrikate's rules (conjungo, Overwrite off):
 * maps merge key by key, lists concatenate in layer order, a scalar keeps the first value set
 * (whatever the lower layers hold), and a map or list meeting another kind below it is an error. `disabled` comes from the
 * first layer that mentions the component; `namespace` and `injectNamespace` travel together from
 * the first layer that sets a namespace.
 */
function layerConfigs(layers) {
    let acc;
    for (const layer of layers)
        acc = acc ? mergeConfig(acc, layer.config, layer.config.file ?? layer.file, '') : clone(layer.config);
    return acc ?? emptyConfig();
}
function clone(c) {
    return structuredClone(c);
}
function mergeConfig(target, source, file, at) {
    const out = {
        // Struct fields are never empty to conjungo: the target's value stays…
        namespace: target.namespace,
        injectNamespace: target.injectNamespace,
        disabled: target.disabled,
        config: mergeValues(target.config, source.config, file, `${at}config`),
        subcomponents: { ...target.subcomponents },
    };
    for (const [name, sub] of Object.entries(source.subcomponents)) {
        const existing = target.subcomponents[name];
        out.subcomponents[name] = existing ? mergeConfig(existing, sub, file, `${at}subcomponents.${name}.`) : clone(sub);
    }
    // …except namespace, which Fabrikate fills from the next layer when still empty (with its
    // injectNamespace), for this config and every subcomponent entry it has.
    applyNamespace(out, source);
    return out;
}
function applyNamespace(c, source) {
    if (c.namespace === '') {
        c.namespace = source?.namespace ?? '';
        c.injectNamespace = source?.injectNamespace ?? false;
    }
    for (const [name, sub] of Object.entries(c.subcomponents))
        applyNamespace(sub, source?.subcomponents[name]);
}
function kind(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'list';
    if (isPlainObject(v))
        return 'map';
    return typeof v;
}
function mergeValues(t, s, file, at) {
    if (s === null || s === undefined)
        return t;
    if (t === null || t === undefined)
        return structuredClone(s);
    const kt = kind(t);
    const ks = kind(s);
    // conjungo (Overwrite off) picks the merge by the higher-priority value: a map merges only with a
    // map and a list only with a list (else it is an error); a scalar simply stays, whatever is below.
    if ((kt === 'map' || kt === 'list') && kt !== ks) {
        throw new RingwayError(`${file}: '${at}' is a ${ks === 'map' || ks === 'list' ? ks : `${ks} value`} here but a ${kt} in a higher-priority config`);
    }
    if (kt === 'list')
        return [...t, ...structuredClone(s)];
    if (kt === 'map') {
        const out = { ...t };
        for (const [k, v] of Object.entries(s))
            out[k] = mergeValues(out[k], v, file, `${at}.${k}`);
        return out;
    }
    return t;
}

;// CONCATENATED MODULE: ./lib/hld/definition.ts





const TYPES = new Set(['component', 'helm', 'static', 'kustomize']);
const METHODS = new Set(['local', 'git', 'helm', 'http', '']);
const HOOKS = new Set(['before-install', 'after-install', 'before-generate', 'after-generate']);
/** Loads `component.yaml`, else `component.json`, from a component folder. */
async function loadDefinition(dir, display) {
    for (const file of ['component.yaml', 'component.json']) {
        const full = (0,external_node_path_namespaceObject.join)(dir, file);
        if (await exists(full)) {
            const shown = `${display === '.' ? '' : `${display}/`}${file}`;
            // Fabrikate reads every field into a Go string: `version: 1.10` is "1.10", not 1.1.
            const raw = file.endsWith('.json') ? await loadDataFile(full, shown) : parseYaml11(await (0,promises_namespaceObject.readFile)(full, 'utf8'), { display: shown, text: true });
            return normalize(raw, shown);
        }
    }
    throw new RingwayError(`component '${display}': no component.yaml or component.json in ${display}`);
}
function str(v, field, where) {
    if (v === undefined || v === null)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw new RingwayError(`${where}: '${field}' must be a string`);
}
function normalize(raw, where) {
    if (!isPlainObject(raw))
        throw new RingwayError(`${where}: a component definition must be a mapping`);
    const name = str(raw.name, 'name', where);
    if (!name)
        throw new RingwayError(`${where}: component has no 'name'`);
    if (/[/\\]|^\.\.?$/.test(name))
        throw new RingwayError(`${where}: component name '${name}' may not contain '/' or be '.' or '..'`);
    // `generator` is Fabrikate's deprecated spelling of `type`, and wins when both are set.
    const type = str(raw.generator, 'generator', where) || str(raw.type, 'type', where) || 'component';
    if (!TYPES.has(type))
        throw new RingwayError(`${where}: component '${name}' has unknown type '${type}'`);
    const method = str(raw.method, 'method', where);
    if (!METHODS.has(method))
        throw new RingwayError(`${where}: component '${name}' has unknown method '${method}'`);
    const hooks = {};
    if (raw.hooks !== undefined && raw.hooks !== null) {
        if (!isPlainObject(raw.hooks))
            throw new RingwayError(`${where}: 'hooks' of '${name}' must be a mapping`);
        for (const [hook, cmds] of Object.entries(raw.hooks)) {
            if (!HOOKS.has(hook))
                throw new RingwayError(`${where}: unknown hook '${hook}' in '${name}'`);
            if (!Array.isArray(cmds))
                throw new RingwayError(`${where}: hook '${hook}' of '${name}' must be a list of commands`);
            hooks[hook] = cmds.map((c) => str(c, `hooks.${hook}`, where));
        }
    }
    const repositories = {};
    if (isPlainObject(raw.repositories))
        for (const [k, v] of Object.entries(raw.repositories))
            repositories[k] = str(v, `repositories.${k}`, where);
    const subs = raw.subcomponents ?? [];
    if (!Array.isArray(subs))
        throw new RingwayError(`${where}: 'subcomponents' of '${name}' must be a list`);
    const subcomponents = subs.map((s, i) => normalize(s, `${where} subcomponents[${i}]`));
    const seen = new Set();
    for (const s of subcomponents) {
        if (seen.has(s.name))
            throw new RingwayError(`${where}: two subcomponents of '${name}' are named '${s.name}'`);
        seen.add(s.name);
    }
    return {
        name,
        type: type,
        method: method,
        source: str(raw.source, 'source', where),
        path: str(raw.path, 'path', where),
        version: str(raw.version, 'version', where),
        branch: str(raw.branch, 'branch', where),
        hooks,
        repositories,
        subcomponents,
    };
}
/** Helm and static subcomponents are "inlined": they live in their parent's folder and config. */
function isInlined(def) {
    return def.type !== 'component';
}

;// CONCATENATED MODULE: ./lib/hld/tree.ts






/**
 * Visits the component tree, parents before children, as Fabrikate does: siblings and cousins
 * concurrently, a node's subcomponents only once `visit` of that node is done. Returns the nodes in
 * breadth-first order. Disabled subcomponents are skipped with their whole subtree. On a failure no
 * new node is visited; the first error is thrown once the visits under way have ended.
 */
/** Files a component folder is read for: links among them must stay inside the HLD or checkout. */
const COMPONENT_FILES = ['component.yaml', 'component.json', 'access.yaml', 'config'];
async function walkTree(opts) {
    await assertEntriesInside(opts.hld, opts.hld, COMPONENT_FILES, 'component .');
    const rootDef = await loadDefinition(opts.hld, '.');
    const root = {
        def: rootDef,
        physical: opts.hld,
        logical: '.',
        config: await componentConfig(opts.hld, '.', opts.environments, undefined),
        path: rootDef.name,
        root: opts.hld,
    };
    await readAccessTokens(opts.hld, '.', opts);
    const visited = [];
    let failure;
    const walk = async (node, at) => {
        if (failure)
            return;
        try {
            visited.push({ node, at });
            if (opts.visit)
                await opts.visit(node);
            if (failure)
                return;
            const kids = await children(node, opts);
            await Promise.all(kids.map((k, i) => walk(k, [...at, i])));
        }
        catch (err) {
            failure ??= { err };
        }
    };
    await walk(root, []);
    if (failure)
        throw failure.err;
    return visited.sort((a, b) => compareAt(a.at, b.at)).map((v) => v.node);
}
/** Breadth-first order of tree positions: depth first, then sibling indexes from the top. */
function compareAt(a, b) {
    if (a.length !== b.length)
        return a.length - b.length;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
async function children(parent, opts) {
    const out = [];
    for (const sub of parent.def.subcomponents) {
        const entry = parent.config.subcomponents[sub.name];
        if (entry?.disabled)
            continue;
        const path = `${parent.path}.${sub.name}`;
        if (isInlined(sub)) {
            out.push({ def: sub, physical: parent.physical, logical: parent.logical, config: entry ?? emptyConfig(), path, root: parent.root });
            continue;
        }
        let root = parent.root;
        let physical;
        const installed = sub.method === 'git' ? await installedFolder(parent, 'components', sub.name, path) : undefined;
        if (installed) {
            // What `fab install` left (components/<name>, committed or not): used as it is, offline, as fab generate does.
            physical = await containedPath(root, installed, sub.path || '.', `component '${path}'`);
        }
        else if (sub.method === 'git') {
            if (!sub.source)
                throw new RingwayError(`component '${path}': method git needs a 'source' URL`);
            root = await opts.sources.git(sub.source, sub.version, sub.branch, path);
            physical = await containedPath(root, root, sub.path || '.', `component '${path}'`);
        }
        else {
            physical = await containedPath(parent.root, parent.physical, (0,external_node_path_namespaceObject.join)(sub.source || '.', sub.path || '.'), `component '${path}'`);
        }
        if (!(await exists(physical))) {
            const where = external_node_path_namespaceObject.posix.join(sub.source || '.', sub.path || '.');
            throw new RingwayError(`component '${path}': folder '${where}' does not exist${sub.method === 'git' ? ` in ${sub.source}` : ''}`);
        }
        const display = external_node_path_namespaceObject.posix.join(parent.logical, sub.name);
        await assertEntriesInside(root, physical, COMPONENT_FILES, `component '${path}'`);
        const def = await loadDefinition(physical, display);
        await readAccessTokens(physical, display, opts);
        out.push({
            def,
            physical,
            logical: display,
            config: await componentConfig(physical, display, opts.environments, entry),
            path,
            root,
        });
    }
    return out;
}
/**
 * `<parent folder>/<kind>/<name>` when `fab install` put a source there (`components/` for git
 * components and http files, `helm_repos/` for charts), else undefined. The folder must be inside
 * the HLD (or the checkout it is part of), also through symlinks.
 */
async function installedFolder(node, kind, name, who) {
    const dir = (0,external_node_path_namespaceObject.join)(node.physical, kind, name);
    if (!(await exists(dir)))
        return undefined;
    return containedPath(node.root, node.physical, `${kind}/${name}`, `component '${who}'`);
}
/** Parent-provided config first, then the component's own environment files, then common. */
async function componentConfig(dir, display, envs, fromParent) {
    const layers = [];
    if (fromParent)
        layers.push({ config: fromParent, file: `config of the parent of ${display}` });
    for (const env of [...envs, 'common']) {
        const c = await loadConfigFile(dir, env, display);
        if (c)
            layers.push({ config: c, file: `${display === '.' ? '' : `${display}/`}config/${env}` });
    }
    return layerConfigs(layers);
}
/** Fabrikate's access.yaml: `<source url>: <ENV_VAR>` naming the variable that holds its token. */
async function readAccessTokens(dir, display, opts) {
    const file = (0,external_node_path_namespaceObject.join)(dir, 'access.yaml');
    if (!(await exists(file)))
        return;
    const shown = `${display === '.' ? '' : `${display}/`}access.yaml`;
    const data = await loadDataFile(file, shown);
    if (data === null || data === undefined)
        return;
    if (!isPlainObject(data))
        throw new RingwayError(`${shown}: must map repository URLs to environment variable names`);
    for (const [url, variable] of Object.entries(data)) {
        if (typeof variable !== 'string')
            throw new RingwayError(`${shown}: the variable for ${url} must be a name`);
        const token = process.env[variable];
        if (!token)
            opts.warn(`${shown}: environment variable ${variable} for ${url} is not set`);
        else if (!opts.sources.tokens.has(url))
            opts.sources.tokens.set(url, token);
    }
}

;// CONCATENATED MODULE: ./lib/hld/chart-path.ts





/**
 * The folder of a helm component's chart and the root it must stay inside: what `fab install` left
 * in helm_repos/<name> when it is there (used as it is, as fab generate does), else fetched into the
 * cache (with its dependencies), else the chart in the HLD.
 */
async function chartPath(node, sources) {
    const { def } = node;
    const who = node.path;
    const remote = def.method === 'helm' || def.method === 'git';
    const installed = remote ? await installedFolder(node, 'helm_repos', def.name, who) : undefined;
    if (installed) {
        const dir = def.method === 'git' ? await containedPath(node.root, installed, def.path || '.', `component '${who}'`) : installed;
        return { chart: await existingChart(dir, who), root: node.root };
    }
    if (def.method === 'helm') {
        if (!def.source || !def.path)
            throw new RingwayError(`component '${who}': method helm needs 'source' (repository URL) and 'path' (chart name)`);
        const chart = await sources.helmChart(def.source, def.path, def.version, who);
        await ensureChartDependencies(chart, who);
        return { chart, root: chart };
    }
    if (def.method === 'git') {
        if (!def.source)
            throw new RingwayError(`component '${who}': method git needs a 'source' URL`);
        const checkout = await sources.git(def.source, def.version, def.branch, who);
        const chart = await existingChart(await containedPath(checkout, checkout, def.path || '.', `component '${who}'`), who);
        await ensureChartDependencies(chart, who);
        return { chart, root: checkout };
    }
    return { chart: await existingChart(await containedPath(node.root, node.physical, def.path || '.', `component '${who}'`), who), root: node.root };
}
async function existingChart(dir, who) {
    if (!(await exists((0,external_node_path_namespaceObject.join)(dir, 'Chart.yaml'))))
        throw new RingwayError(`component '${who}': no helm chart (Chart.yaml) at ${dir}`);
    return dir;
}

;// CONCATENATED MODULE: ./lib/hld/render.ts







/**
 * Keeps the documents of a multi-document stream that parse to a non-empty mapping, each written
 * as `---\n<text>\n` — byte for byte the way Fabrikate cleans `helm template` output (it splits on
 * "\n---" and keeps each chunk's text as it was, warnings and empty documents dropped).
 */
function cleanManifests(manifests) {
    let out = '';
    for (const chunk of manifests.split('\n---')) {
        const doc = firstDocument(chunk);
        if (!isPlainObject(doc) || Object.keys(doc).length === 0)
            continue;
        out += `---\n${chunk}\n`;
    }
    return out;
}
/**
 * Sets metadata.namespace where a document has metadata but no namespace. Documents are
 * re-serialised (keys sorted, as Fabrikate's YAML library writes them); order is kept.
 */
function injectNamespace(manifests, namespace) {
    let out = '';
    for (const chunk of manifests.split('\n---')) {
        const doc = firstDocument11(chunk);
        if (!isPlainObject(doc) || Object.keys(doc).length === 0)
            continue;
        const meta = doc.metadata;
        if (isPlainObject(meta) && (meta.namespace === undefined || meta.namespace === null))
            meta.namespace = namespace;
        out += `---\n${goMarshal(doc)}\n`;
    }
    return out;
}
/** How values files are written; part of the render cache key, so renders from before a change are not reused. */
const VALUES_FORMAT = 'yaml.v2';
/**
 * helm is a short-lived Go process that spends a quarter of its CPU collecting garbage while it
 * starts; a heap allowed to grow to 3× its live size (GOGC=200, Go's default is 100) saves that
 * with no visible change in peak memory for ordinary charts (bench/generate.ts). A GOGC the user
 * set is kept.
 */
const HELM_ENV = { GOGC: process.env.GOGC ?? '200' };
/** `helm template <release> <chart> --values <config> --namespace <ns>`, cleaned as Fabrikate does. */
async function renderHelm(r) {
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_.tmpdir)(), 'ringway-values-'));
    const valuesFile = (0,external_node_path_namespaceObject.join)(dir, 'values.yaml');
    try {
        // Quoted where YAML 1.1 would read another type: helm must see "off" as text, as with fab.
        await (0,promises_namespaceObject.writeFile)(valuesFile, goMarshal(r.values ?? {}), { mode: 0o600 });
        const ns = r.namespace || 'default';
        const res = await exec('helm', ['template', `--values=${valuesFile}`, `--namespace=${ns}`, '--', r.release, r.chart], { allowFailure: true, env: HELM_ENV });
        if (res.code !== 0)
            throw new RingwayError(`component '${r.who}': helm template failed: ${lastLines(res.stderr, 2)}`);
        // fab reads helm's combined output: warnings helm prints first (a symlinked subchart) make the
        // first chunk of the manifest start on an empty line. Its warnings come before the manifest.
        const cleaned = cleanManifests(res.stderr + res.stdout);
        return r.injectNamespace && r.namespace ? injectNamespace(cleaned, r.namespace) : cleaned;
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Every file of a folder in name order, each as `---\n<content>\n` (Fabrikate's static
 * generator). ringway also accepts a single file, which Fabrikate 0.x does not.
 */
async function renderStatic(path, who) {
    const st = await (0,promises_namespaceObject.stat)(path).catch(() => undefined);
    if (!st)
        throw new RingwayError(`component '${who}': static path ${path} does not exist`);
    if (st.isFile())
        return `---\n${await (0,promises_namespaceObject.readFile)(path, 'utf8')}\n`;
    let out = '';
    // Go's ioutil.ReadDir sorts by byte order of the name, which plain string comparison matches.
    const names = (await (0,promises_namespaceObject.readdir)(path)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
        const full = (0,external_node_path_namespaceObject.join)(path, name);
        if ((await (0,promises_namespaceObject.stat)(full)).isDirectory())
            throw new RingwayError(`component '${who}': static folder ${path} contains a folder '${name}'; only files are read`);
        out += `---\n${await (0,promises_namespaceObject.readFile)(full, 'utf8')}\n`;
    }
    return out;
}
/** `kubectl kustomize <dir>`, one `---` document per resource. */
async function renderKustomize(path, namespace, inject, who) {
    const res = await exec('kubectl', ['kustomize', '--', path], { allowFailure: true });
    if (res.code !== 0)
        throw new RingwayError(`component '${who}': kubectl kustomize failed: ${lastLines(res.stderr, 2)}`);
    const docs = res.stdout.split(/^---\s*$/m).map((d) => d.replace(/^\n+|\n+$/g, '')).filter(Boolean);
    const out = docs.map((d) => `---\n${d}\n`).join('');
    return inject && namespace ? injectNamespace(out, namespace) : out;
}

;// CONCATENATED MODULE: ./lib/hld/render-cache.ts











/**
 * A component's values as cache-key text: JSON (a hundred times cheaper than YAML, which a warm run
 * paid per component), with what JSON cannot tell apart made distinct: NaN, ±Infinity and -0, and
 * objects that are not plain data (dates, GoFloat) become the text "\u0001<kind>:<value>"; a string
 * or key of the user's that starts with \0 or \u0001 gets a \0 in front, so none reads as a tag.
 * Equal text means equal values, so a cached render is never reused for other values.
 */
function valuesKey(values) {
    const esc = (s) => (s.startsWith('\0') || s.startsWith('\u0001') ? `\0${s}` : s);
    // A returned string is written as it is (not visited again), so tags are strings.
    return JSON.stringify(values, function (key) {
        const raw = this[key];
        if (typeof raw === 'string')
            return esc(raw);
        if (typeof raw === 'number')
            return Number.isFinite(raw) && !Object.is(raw, -0) ? raw : `\u0001number:${String(raw)}`;
        if (typeof raw === 'bigint')
            return `\u0001bigint:${String(raw)}`;
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
            return raw;
        const proto = Object.getPrototypeOf(raw);
        if (proto !== Object.prototype && proto !== null) {
            return `\u0001${raw.constructor?.name ?? 'object'}:${raw instanceof Date ? raw.toISOString() : `${String(raw)}:${JSON.stringify(Object.entries(raw))}`}`;
        }
        return Object.fromEntries(Object.entries(raw).map(([k, v]) => [esc(k), v]));
    });
}
/** Changes when ringway writes a rendered component differently, so older cache entries are not reused. */
const RENDER_FORMAT = 'render-2';
/** 256 MiB: some 50,000 rendered components of a few KiB. */
const DEFAULT_RENDER_CACHE_BYTES = 256 * 2 ** 20;
/** Renders components, reusing a cached result when chart, values, namespace and helm are unchanged. */
class Renderer {
    cacheDir;
    rendered = 0;
    fromCache = 0;
    helmVersion;
    chartHashes = new Map();
    /** Render cache entries this run read or wrote. */
    used = new Set();
    constructor(cacheDir) {
        this.cacheDir = cacheDir;
    }
    /**
     * Bounds the render cache: entries this run used are kept (and marked recent); the others go,
     * least recently used first, until the whole cache is under `maxBytes`. Runs of other
     * environments sharing the cache keep their entries while there is room.
     */
    async evict(maxBytes) {
        const dir = (0,external_node_path_namespaceObject.join)(this.cacheDir, 'render');
        const names = await (0,promises_namespaceObject.readdir)(dir).catch(() => []);
        const now = new Date();
        const entries = await Promise.all(names.map(async (name) => {
            const full = (0,external_node_path_namespaceObject.join)(dir, name);
            const st = await (0,promises_namespaceObject.stat)(full).catch(() => undefined);
            if (this.used.has(name))
                await (0,promises_namespaceObject.utimes)(full, now, now).catch(() => undefined);
            return { full, size: st?.size ?? 0, mtime: st?.mtimeMs ?? 0, used: this.used.has(name) };
        }));
        let bytes = entries.reduce((n, e) => n + e.size, 0);
        let removed = 0;
        for (const e of entries.filter((x) => !x.used).sort((a, b) => a.mtime - b.mtime)) {
            if (bytes <= maxBytes)
                break;
            await (0,promises_namespaceObject.rm)(e.full, { force: true });
            bytes -= e.size;
            removed++;
        }
        return { kept: entries.length - removed, removed, bytes };
    }
    async render(node, sources) {
        const { def, config } = node;
        const who = node.path;
        switch (def.type) {
            case 'component':
                return '';
            case 'static': {
                if (def.method === 'http') {
                    // fab install downloads into components/<name>/ and fab generate reads that whole folder.
                    const installed = await installedFolder(node, 'components', def.name, who);
                    this.rendered++;
                    if (installed)
                        return renderStatic(installed, who);
                    return renderStatic((0,external_node_path_namespaceObject.join)(await sources.http(def.source, def.name, who), `${def.name}.yaml`), who);
                }
                const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
                const root = def.method === 'git' ? base : node.root;
                this.rendered++;
                const files = await containedPath(root, base, def.path || '.', `component '${who}'`);
                await assertTreeInside(root, files, `component '${who}'`);
                return renderStatic(files, who);
            }
            case 'kustomize': {
                const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
                const root = def.method === 'git' ? base : node.root;
                this.rendered++;
                const dir = await containedPath(root, base, def.path || '.', `component '${who}'`);
                await assertTreeInside(root, dir, `component '${who}'`);
                return renderKustomize(dir, config.namespace, config.injectNamespace, who);
            }
            case 'helm': {
                const { chart, root } = await chartPath(node, sources);
                const key = (0,external_node_crypto_.createHash)('sha256')
                    .update(JSON.stringify([RENDER_FORMAT, VALUES_FORMAT, await this.helm(), await this.hashChart(chart, root, who), def.name, config.namespace, config.injectNamespace, valuesKey(config.config ?? {})]))
                    .digest('hex');
                const cached = (0,external_node_path_namespaceObject.join)(this.cacheDir, 'render', `${key}.yaml`);
                this.used.add(`${key}.yaml`);
                const hit = await (0,promises_namespaceObject.readFile)(cached, 'utf8').catch(() => undefined);
                if (hit !== undefined) {
                    this.fromCache++;
                    return hit;
                }
                const manifest = await renderHelm({ release: def.name, chart, values: config.config, namespace: config.namespace, injectNamespace: config.injectNamespace, who });
                this.rendered++;
                await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(this.cacheDir, 'render'), { recursive: true });
                const tmp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
                await (0,promises_namespaceObject.writeFile)(tmp, manifest);
                await (0,promises_namespaceObject.rename)(tmp, cached);
                return manifest;
            }
        }
    }
    /**
     * helm's version, part of every render cache key. Asking helm costs a process per run, so the
     * answer is kept in the cache next to the binary's path, size and mtime, and asked again only
     * when the binary changes.
     */
    helm() {
        this.helmVersion ??= (async () => {
            const bin = (process.env.PATH ?? '').split(external_node_path_namespaceObject.delimiter).map((d) => (0,external_node_path_namespaceObject.join)(d, 'helm')).find((f) => (0,external_node_fs_namespaceObject.existsSync)(f));
            const st = bin ? await (0,promises_namespaceObject.stat)(bin) : undefined;
            const id = bin && st ? `${bin}:${st.size}:${st.mtimeMs}` : '';
            const file = (0,external_node_path_namespaceObject.join)(this.cacheDir, 'helm-version.json');
            const known = await (0,promises_namespaceObject.readFile)(file, 'utf8').then((t) => JSON.parse(t), () => undefined);
            if (id && known?.id === id)
                return known.version;
            const version = (await exec('helm', ['version', '--short'])).stdout.trim();
            if (id) {
                await (0,promises_namespaceObject.mkdir)(this.cacheDir, { recursive: true });
                await (0,promises_namespaceObject.writeFile)(file, JSON.stringify({ id, version }));
            }
            return version;
        })();
        return this.helmVersion;
    }
    /**
     * Content hash of every file of a chart (names and bytes), computed once per run. Symlinks are
     * followed as helm follows them (a subchart folder linked from a shared one), but only while
     * they stay inside `root`, the HLD or the fetched source: a link leading out is an error.
     */
    hashChart(dir, root, who) {
        let p = this.chartHashes.get(dir);
        if (!p) {
            p = (async () => {
                const h = (0,external_node_crypto_.createHash)('sha256');
                const realRoot = await (0,promises_namespaceObject.realpath)(root);
                const seen = new Set();
                const walk = async (d, real) => {
                    if (seen.has(real))
                        return; // a link back up the tree: helm would loop, we list it once
                    seen.add(real);
                    for (const e of (await (0,promises_namespaceObject.readdir)(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
                        const full = (0,external_node_path_namespaceObject.join)(d, e.name);
                        let isDir = e.isDirectory();
                        let target = (0,external_node_path_namespaceObject.join)(real, e.name);
                        if (e.isSymbolicLink()) {
                            target = await (0,promises_namespaceObject.realpath)(full).catch(() => {
                                throw new RingwayError(`component '${who}': symlink ${(0,external_node_path_namespaceObject.relative)(root, full)} in its chart points to nothing`);
                            });
                            if (!inside(realRoot, target))
                                throw new RingwayError(`component '${who}': symlink ${(0,external_node_path_namespaceObject.relative)(root, full)} in its chart leads outside the HLD`);
                            isDir = (await (0,promises_namespaceObject.stat)(target)).isDirectory();
                        }
                        if (isDir)
                            await walk(full, target);
                        else {
                            h.update((0,external_node_path_namespaceObject.relative)(dir, full)).update('\0');
                            h.update(await (0,promises_namespaceObject.readFile)(full));
                        }
                    }
                };
                await walk(dir, await (0,promises_namespaceObject.realpath)(dir));
                return h.digest('hex');
            })();
            this.chartHashes.set(dir, p);
        }
        return p;
    }
}

;// CONCATENATED MODULE: ./lib/hld/sources.ts










function defaultCacheDir() {
    return process.env.RINGWAY_CACHE_DIR || (0,external_node_path_namespaceObject.join)(process.env.XDG_CACHE_HOME || (0,external_node_path_namespaceObject.join)((0,external_node_os_.homedir)(), '.cache'), 'ringway');
}
function key(...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}
/**
 * Fetches remote component sources once into a content-addressed cache. A pinned source (git
 * commit or tag, helm chart version) is reused across runs; an unpinned one (branch tip, latest
 * chart) is fetched once per run. Concurrent requests for one source share one fetch.
 */
class SourceCache {
    dir;
    tokens;
    inflight = new Map();
    constructor(dir, 
    /** Source URL → token, from Fabrikate access.yaml files. */
    tokens = new Map()) {
        this.dir = dir;
        this.tokens = tokens;
    }
    /** A checkout of `url` at `version` (commit/tag) or `branch`, shallow where possible. */
    git(url, version, branch, who) {
        // HLD content is untrusted: the URL and refs are checked before git sees them (an option-looking
        // `version` would otherwise reach `git fetch` as an option), and follow --end-of-options.
        try {
            checkRepoUrl(url, `component '${who}': source`);
            checkOptionalRef(version, `component '${who}': version`);
            checkOptionalRef(branch, `component '${who}': branch`);
        }
        catch (err) {
            return Promise.reject(err);
        }
        const pinned = version !== '';
        const id = `git-${key(url, version, branch)}`;
        return this.once(id, pinned, async (target) => {
            const token = this.tokens.get(url);
            const env = gitAuthEnv(url, token);
            const timeout = { ms: networkTimeoutMs(), service: `git server ${displayUrl(url)}` };
            const git = (args) => ['-c', 'credential.helper=', ...TEMP_CLONE_CONFIG, ...args];
            const run = (args, cwd) => exec('git', git(args), { cwd, env, label: `git ${args[0]}`, ...(args[0] === 'fetch' ? { timeout } : {}) });
            try {
                await run(['init', '-q', target]);
                const ref = version || (branch ? `refs/heads/${branch}` : 'HEAD');
                // Shallow fetch of exactly the wanted commit; servers that refuse fetching by SHA get a full fetch.
                const shallow = await exec('git', git(['fetch', '-q', '--depth=1', '--end-of-options', url, ref]), { cwd: target, env, allowFailure: true, timeout, label: 'git fetch' });
                if (shallow.code !== 0) {
                    if (!version)
                        throw new ExecError('git fetch', shallow);
                    await run(['fetch', '-q', '--tags', '--end-of-options', url, '+refs/heads/*:refs/remotes/origin/*'], target);
                    const commit = await exec('git', git(['rev-parse', '--verify', '-q', '--end-of-options', `${version}^{commit}`]), { cwd: target, env, allowFailure: true });
                    if (commit.code !== 0)
                        throw new RingwayError(`no commit, tag or branch '${version}'`);
                    await run(['checkout', '-q', '--detach', commit.stdout.trim()], target);
                }
                else {
                    await run(['checkout', '-q', '--detach', 'FETCH_HEAD'], target);
                }
                await (0,promises_namespaceObject.rm)((0,external_node_path_namespaceObject.join)(target, '.git'), { recursive: true, force: true });
            }
            catch (err) {
                const detail = err instanceof ExecError ? lastLines(err.result.stderr, 1) : err.message;
                throw new RingwayError(`component '${who}': cannot fetch ${displayUrl(url)}${version ? `@${version}` : branch ? ` (branch ${branch})` : ''}: ${detail}`);
            }
        });
    }
    /** A chart from a helm repository, untarred; returns the chart folder. */
    async helmChart(repoUrl, chart, version, who) {
        checkHelmRepoUrl(repoUrl, `component '${who}': source`);
        if (chart.startsWith('-') || version.startsWith('-'))
            throw new RingwayError(`component '${who}': chart name and version may not start with '-'`);
        const id = `helm-${key(repoUrl, chart, version)}`;
        const dir = await this.once(id, version !== '', async (target) => {
            const args = ['pull', `--repo=${repoUrl}`, '--untar', `--untardir=${target}`];
            if (version)
                args.push(`--version=${version}`);
            args.push('--', chart);
            // A chart repository that never answers must not hang generate (helm pull has no timeout of its own).
            const r = await exec('helm', args, { allowFailure: true, label: 'helm pull', timeout: { ms: networkTimeoutMs(), service: `helm repository ${displayUrl(repoUrl)}` } }).catch((err) => {
                throw new RingwayError(`component '${who}': ${err.message}`);
            });
            if (r.code !== 0)
                throw new RingwayError(`component '${who}': helm pull ${chart} from ${displayUrl(repoUrl)} failed: ${lastLines(r.stderr, 1)}`);
        });
        const [name] = await (0,promises_namespaceObject.readdir)(dir);
        return (0,external_node_path_namespaceObject.join)(dir, name);
    }
    /** A single manifest file over HTTP(S) (`type: static`, `method: http`). */
    http(url, name, who) {
        return this.once(`http-${key(url)}`, false, async (target) => {
            if (!/\.ya?ml$/i.test(new URL(url).pathname)) {
                throw new RingwayError(`component '${who}': source for a static http component must end in .yaml or .yml`);
            }
            const res = await fetch(url, { signal: AbortSignal.timeout(networkTimeoutMs()) }).catch((e) => {
                if (e.name === 'TimeoutError')
                    throw new RingwayError(`component '${who}': ${noAnswerError(displayUrl(url)).message}`);
                throw new RingwayError(`component '${who}': cannot download ${displayUrl(url)}: ${e.message}`);
            });
            if (!res.ok)
                throw new RingwayError(`component '${who}': downloading ${displayUrl(url)} failed with HTTP ${res.status}`);
            await (0,promises_namespaceObject.mkdir)(target, { recursive: true });
            await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.join)(target, `${name}.yaml`), Buffer.from(await res.arrayBuffer()));
        });
    }
    once(id, pinned, fill) {
        let p = this.inflight.get(id);
        if (!p) {
            p = this.fetchInto(id, pinned, fill);
            this.inflight.set(id, p);
        }
        return p;
    }
    async fetchInto(id, pinned, fill) {
        const final = (0,external_node_path_namespaceObject.join)(this.dir, 'sources', id);
        if (pinned && (await exists(final)))
            return final;
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(this.dir, 'sources'), { recursive: true });
        const tmp = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(this.dir, 'sources', `.tmp-${id}-`));
        const target = (0,external_node_path_namespaceObject.join)(tmp, 'x');
        try {
            await fill(target);
            await (0,promises_namespaceObject.rm)(final, { recursive: true, force: true });
            // Rename is atomic: a reader sees the old entry or the complete new one, never half.
            await (0,promises_namespaceObject.rename)(target, final).catch(async (err) => {
                if (!(err.code === 'ENOTEMPTY' || err.code === 'EEXIST'))
                    throw err;
            });
            return final;
        }
        finally {
            await (0,promises_namespaceObject.rm)(tmp, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./lib/hld/generate.ts
// The generate walk: renders a Fabrikate HLD environment set by environment set into staging
// folders that replace the output only when every component succeeded. Rendering and its cache
// are in render-cache.ts, hooks in hooks.ts, `fab install` in install.ts.













/** Output folder name for a set of environments, as `fab generate prod east` names it. */
function folderName(envs) {
    return envs.length ? envs.join('-') : 'common';
}
/**
 * Renders a Fabrikate HLD into `<output>/<env…>/`. Components render in parallel, bounded by
 * `concurrency`; each manifest is written to a staging folder as soon as it is ready, and the
 * staging folders replace the previous output only when every component of every environment
 * succeeded, so a failure leaves the previous output as it was.
 */
async function generate(opts) {
    const hld = (0,external_node_path_namespaceObject.resolve)(opts.hld);
    const output = (0,external_node_path_namespaceObject.resolve)(opts.output ?? (0,external_node_path_namespaceObject.join)(hld, 'generated'));
    const log = opts.log ?? (() => undefined);
    const warn = opts.warn ?? log;
    const cacheDir = (0,external_node_path_namespaceObject.resolve)(opts.cacheDir || defaultCacheDir());
    const sources = new SourceCache(cacheDir);
    const groups = opts.environments.length ? opts.environments : [[]];
    const names = groups.map(folderName);
    for (const n of names)
        if (/[/\\]|^\.\.?$/.test(n))
            throw new RingwayError(`environment folder name '${n}' is not valid`);
    // A committed `generated` link must not carry the output out of the HLD.
    if (inside(hld, output))
        await assertResolvesInside(hld, output, 'output');
    await (0,promises_namespaceObject.mkdir)(output, { recursive: true });
    // Staging is named after this process: one left by a killed run is removed by the next.
    await removeStaleStaging(output);
    const staging = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(output, `.ringway-staging-${process.pid}-`));
    const renderer = new Renderer(cacheDir);
    const limit = limiter(opts.concurrency || defaultConcurrency());
    try {
        const folders = [];
        let components = 0;
        let done = 0;
        let found = 0;
        // One environment set after another, as Bedrock runs `fab generate` once per FAB_ENVS entry:
        // hooks of one component never run twice at once. Inside a set, components render in parallel.
        for (const [g, envs] of groups.entries()) {
            const folder = (0,external_node_path_namespaceObject.join)(staging, names[g]);
            await (0,promises_namespaceObject.mkdir)(folder, { recursive: true });
            const written = new Map();
            const failed = []; // the first failure of a render; later ones are its consequences
            const pending = [];
            const renderOne = async (node) => {
                const manifest = await limit(() => renderer.render(node, sources));
                await runHooks(node, 'after-generate');
                const file = (0,external_node_path_namespaceObject.join)(folder, node.logical, `${node.def.name}.yaml`);
                const other = written.get(file);
                if (other)
                    warn(`components '${other}' and '${node.path}' both write ${(0,external_node_path_namespaceObject.relative)(staging, file)}; the last one rendered wins`);
                written.set(file, node.path);
                await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(folder, node.logical), { recursive: true });
                await (0,promises_namespaceObject.writeFile)(file, manifest, { mode: 0o644 });
                opts.progress?.({ done: ++done, total: found, component: node.path, rendered: renderer.rendered, fromCache: renderer.fromCache });
            };
            const nodes = await walkTree({
                hld,
                environments: envs,
                sources,
                warn,
                // Fabrikate's order: a component's before-generate, render and after-generate all end before
                // its subcomponents are read. Only an after-generate hook makes the children wait for the
                // render; without one they are read while it runs (rendering writes nothing into the HLD).
                visit: async (node) => {
                    if (failed.length)
                        throw failed[0];
                    found++;
                    await limit(() => runHooks(node, 'before-generate'));
                    const done = renderOne(node).catch((err) => {
                        failed.push(err);
                    });
                    if (hasHook(node, 'after-generate'))
                        await done;
                    else
                        pending.push(done);
                    if (failed.length)
                        throw failed[0];
                },
            }).catch(async (err) => {
                await Promise.all(pending);
                throw err;
            });
            await Promise.all(pending);
            if (failed.length)
                throw failed[0];
            if (opts.validate)
                await validateFolder(folder, names[g]);
            folders.push({ name: names[g], path: (0,external_node_path_namespaceObject.join)(output, names[g]), files: nodes.length });
            components += nodes.length;
        }
        // Previous folders are moved aside, not deleted in place: deleting a large folder takes a while,
        // and a kill meanwhile would leave half of it for push-manifests to publish.
        const previous = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(output, `.ringway-staging-${process.pid}-`));
        try {
            for (const name of names) {
                await (0,promises_namespaceObject.rename)((0,external_node_path_namespaceObject.join)(output, name), (0,external_node_path_namespaceObject.join)(previous, name)).catch((err) => {
                    if (err.code !== 'ENOENT')
                        throw err;
                });
                await (0,promises_namespaceObject.rename)((0,external_node_path_namespaceObject.join)(staging, name), (0,external_node_path_namespaceObject.join)(output, name));
            }
        }
        finally {
            await (0,promises_namespaceObject.rm)(previous, { recursive: true, force: true });
        }
        await renderer.evict(opts.renderCacheBytes ?? DEFAULT_RENDER_CACHE_BYTES);
        log(`generated ${folders.map((f) => f.name).join(', ')} in ${output}: ${renderer.rendered} rendered, ${renderer.fromCache} from cache`);
        return { folders, components, rendered: renderer.rendered, fromCache: renderer.fromCache };
    }
    finally {
        await (0,promises_namespaceObject.rm)(staging, { recursive: true, force: true });
    }
}
/**
 * Renders at once by default: two per core. Every render is a short `helm template` process
 * whose start-up, file reads and exit leave its core idle for a moment; with one extra per core
 * another render is always ready to take it (the concurrency table in BENCHMARKS.md: cores + 1
 * still left the cores partly idle).
 */
function defaultConcurrency() {
    return (0,external_node_os_.cpus)().length * 2;
}
/** Offline check that each generated document is a Kubernetes object. */
async function validateFolder(folder, name) {
    for await (const { path: file } of walkFiles(folder)) {
        if ((await (0,promises_namespaceObject.stat)(file)).size === 0)
            continue;
        const text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
        for (const chunk of text.split(/^---$/m)) {
            if (!chunk.trim())
                continue;
            const doc = firstDocument(chunk);
            if (doc === null)
                continue;
            const where = `${name}/${(0,external_node_path_namespaceObject.relative)(folder, file)}`;
            if (!isPlainObject(doc))
                throw new RingwayError(`validate: ${where} holds a document that is not a mapping`);
            const meta = doc.metadata;
            if (typeof doc.apiVersion !== 'string' || typeof doc.kind !== 'string' || !isPlainObject(meta) || typeof meta.name !== 'string') {
                throw new RingwayError(`validate: ${where} holds a document without apiVersion, kind and metadata.name`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./lib/hld/set.ts






/**
 * Parses `image.tag=123` as `fab set` does: exactly one `=`, the key path split on dots, where a
 * double-quoted segment keeps its dots (`"a.b".c=1` is the keys `a.b`, `c`). Values stay strings.
 */
function parseSetArg(arg) {
    const parts = arg.split('=');
    if (parts.length !== 2 || !parts[0].trim())
        throw new UsageError(`'${shown(arg)}' is not a key=value pair (a key path, one '=', a value)`);
    return { keyPath: splitKeyPath(parts[0].trim(), arg), value: parts[1] };
}
/**
 * A dotted key path (`image.tag`, `"a.b".c`), or a subcomponent path. No part may be empty, nor
 * start with '-': such a key is never meant (it is what an option given in the wrong place becomes).
 */
function splitKeyPath(path, arg = path) {
    const keys = [];
    let cur = '';
    let quoted = false;
    for (const ch of path) {
        if (ch === '"')
            quoted = !quoted;
        else if (ch === '.' && !quoted) {
            keys.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    keys.push(cur);
    const what = arg === path ? `'${shown(path)}'` : `'${shown(arg)}': '${shown(path)}'`;
    if (quoted || keys.some((k) => k === ''))
        throw new UsageError(`${what} is not a valid key path (an empty part or an unclosed '"')`);
    if (keys.some((k) => k.startsWith('-')))
        throw new UsageError(`${what} is not a valid key path: a part starts with '-', like an option`);
    return keys;
}
/**
 * The one rule for an environment name (config/<environment>.yaml): letters, digits, '_', '.',
 * '-', not starting with '.' or '-' (never a hidden file, never an option).
 */
function isEnvironmentName(name) {
    return /^\w[\w.-]*$/.test(name);
}
/** isEnvironmentName, or an error naming the environment (the step adds which input it came from). */
function checkEnvironmentName(environment) {
    if (!isEnvironmentName(environment)) {
        throw new UsageError(`environment name '${shown(environment)}' is not valid: letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
    }
    return environment;
}
/** A value as messages quote it: one line, at most 80 characters. */
function shown(s) {
    const clean = s.replace(/[\x00-\x1f\x7f]/g, '?');
    return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
/**
 * `fab set`: writes each value, as a string, into `config/<environment>.yaml` (or the existing
 * `.json`) at subcomponents.<a>.subcomponents.<b>.config.<key path>. Unlike fab set, a YAML file
 * keeps its comments, key order, quoting and blank lines: only the edited lines change.
 */
async function setConfig(opts) {
    checkEnvironmentName(opts.environment);
    const yamlFile = (0,external_node_path_namespaceObject.join)(opts.componentDir, 'config', `${opts.environment}.yaml`);
    const jsonFile = (0,external_node_path_namespaceObject.join)(opts.componentDir, 'config', `${opts.environment}.json`);
    const useJson = !(await exists(yamlFile)) && (await exists(jsonFile));
    const file = useJson ? jsonFile : yamlFile;
    const rel = `config/${opts.environment}.${useJson ? 'json' : 'yaml'}`;
    const before = (await exists(file)) ? await (0,promises_namespaceObject.readFile)(file, 'utf8') : '';
    const prefix = opts.subcomponent.flatMap((s) => ['subcomponents', s]);
    let text = before;
    for (const pair of opts.pairs) {
        const path = [...prefix, 'config', ...pair.keyPath];
        if (opts.noNewConfigKeys && !hasPath(text, path, useJson, rel)) {
            throw new RingwayError(`${rel}: '${path.join('.')}' does not exist and --no-new-config-keys is on`);
        }
        text = useJson ? setJson(text, path, pair.value, rel) : setYaml(text, path, pair.value, rel);
    }
    if (text === before)
        return { file: rel, changed: false };
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(file), { recursive: true });
    await (0,promises_namespaceObject.writeFile)(file, text);
    return { file: rel, changed: true };
}
/** The config file `setConfig` edits for this environment, relative to the component folder. */
function configFileCandidates(environment) {
    return { yaml: `config/${environment}.yaml`, json: `config/${environment}.json` };
}
/**
 * The value `fab set` wrote at subcomponents.<a>…config.<key path> in one config file's text, read
 * with the same parser `setConfig` edits with; undefined when the file does not set it.
 */
function readConfigValue(text, rel, subcomponent, keyPath) {
    const path = [...subcomponent.flatMap((s) => ['subcomponents', s]), 'config', ...keyPath];
    let v;
    if (rel.endsWith('.json')) {
        let cur = text.trim() ? JSON.parse(text) : {};
        for (const k of path)
            cur = isPlainObject(cur) ? cur[k] : undefined;
        v = cur;
    }
    else {
        v = text.trim() ? load(text, rel).getIn(path) : undefined;
        if ((0,dist/* isScalar */.jn)(v))
            v = v.value;
    }
    return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
}
function hasPath(text, path, json, rel) {
    if (json) {
        let cur = text.trim() ? JSON.parse(text) : {};
        for (const k of path) {
            if (!isPlainObject(cur) || !(k in cur))
                return false;
            cur = cur[k];
        }
        return true;
    }
    return load(text, rel).hasIn(path);
}
function setJson(text, path, value, rel) {
    let root;
    try {
        root = text.trim() ? JSON.parse(text) : {};
    }
    catch (err) {
        throw new RingwayError(`${rel}: invalid JSON: ${err.message}`);
    }
    if (!isPlainObject(root))
        throw new RingwayError(`${rel}: must hold a mapping`);
    let cur = root;
    for (const [i, k] of path.slice(0, -1).entries()) {
        const next = cur[k];
        if (next === undefined || next === null)
            cur[k] = {};
        else if (!isPlainObject(next))
            throw new RingwayError(`${rel}: cannot set '${path.join('.')}': '${path.slice(0, i + 1).join('.')}' holds a value, not a mapping`);
        cur = cur[k];
    }
    const last = path[path.length - 1];
    if (cur[last] === value)
        return text;
    if (isPlainObject(cur[last]) || Array.isArray(cur[last]))
        throw new RingwayError(`${rel}: cannot set '${path.join('.')}': it holds a ${Array.isArray(cur[last]) ? 'list' : 'mapping'}, not a value`);
    cur[last] = value;
    return `${JSON.stringify(root, null, 2)}\n`;
}
function load(text, rel) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false });
    if (doc.errors.length)
        throw new RingwayError(`${rel}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    doc.toJS({ maxAliasCount: MAX_ALIASES }); // refuses alias bombs before any edit
    return doc;
}
/**
 * A string as a scalar that reads back as that string — under YAML 1.1 too, as Fabrikate and helm
 * read it: `off`, `y`, `0644`, `2020-01-01` and `1:30` are double-quoted, as `fab set` writes them.
 */
function scalarText(value) {
    if (readsAsOther11(value))
        return JSON.stringify(value);
    return (0,dist/* stringify */.As)(value, { lineWidth: 0 }).trimEnd();
}
function keyText(key) {
    return scalarText(key);
}
function lineStart(text, pos) {
    return text.lastIndexOf('\n', pos - 1) + 1;
}
function lineEnd(text, pos) {
    const i = text.indexOf('\n', pos);
    return i < 0 ? text.length : i;
}
function nestedLines(keys, value, indent) {
    return keys
        .map((k, i) => `${' '.repeat(indent + 2 * i)}${keyText(k)}:${i === keys.length - 1 ? ` ${scalarText(value)}` : ''}`)
        .join('\n');
}
function setYaml(text, path, value, rel) {
    const doc = load(text, rel);
    if (doc.contents === null || ((0,dist/* isScalar */.jn)(doc.contents) && (doc.contents.value === null || doc.contents.value === undefined))) {
        // Empty (or comment-only) file: append the whole block.
        const sep = text === '' || text.endsWith('\n') ? '' : '\n';
        return verify(`${text}${sep}${nestedLines(path, value, 0)}\n`, path, value, rel);
    }
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new RingwayError(`${rel}: must hold a mapping`);
    let map = doc.contents;
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        const pair = map.items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : String(p.key)) === key);
        const last = i === path.length - 1;
        if (!pair)
            return verify(insertUnder(text, map, path.slice(i), value, rel, path), path, value, rel);
        const v = pair.value;
        if (last) {
            if ((0,dist/* isScalar */.jn)(v) && v.value !== null && v.value !== undefined) {
                if (v.value === value && typeof v.value === 'string')
                    return text;
                if (typeof v.source === 'string' && v.source.includes('\n'))
                    throw new RingwayError(`${rel}: cannot edit the multi-line value at '${path.join('.')}'`);
                const [start, end] = v.range;
                const quoted = v.type === 'QUOTE_SINGLE' ? `'${value.replace(/'/g, "''")}'` : v.type === 'QUOTE_DOUBLE' ? JSON.stringify(value) : scalarText(value);
                return verify(text.slice(0, start) + quoted + text.slice(end), path, value, rel);
            }
            if (v === null || ((0,dist/* isScalar */.jn)(v) && (v.value === null || v.value === undefined))) {
                return verify(replaceNull(text, pair, [], value), path, value, rel);
            }
            throw new RingwayError(`${rel}: cannot set '${path.join('.')}': it holds a ${(0,dist/* isMap */.jh)(v) ? 'mapping' : 'list'}, not a value`);
        }
        // An empty value (`key:`, `key: ~`) or an empty flow mapping (`key: {}`) becomes a block.
        if (v === null || ((0,dist/* isScalar */.jn)(v) && (v.value === null || v.value === undefined)) || ((0,dist/* isMap */.jh)(v) && v.flow && v.items.length === 0)) {
            return verify(replaceNull(text, pair, path.slice(i + 1), value), path, value, rel);
        }
        if (!(0,dist/* isMap */.jh)(v))
            throw new RingwayError(`${rel}: cannot set '${path.join('.')}': '${path.slice(0, i + 1).join('.')}' holds a value, not a mapping`);
        if (v.flow)
            throw new RingwayError(`${rel}: cannot edit inside the flow mapping at '${path.slice(0, i + 1).join('.')}'; write it as a block mapping`);
        map = v;
    }
    return text;
}
/** Appends `keys: value` as new lines after the last entry of a block mapping, at its indentation. */
function insertUnder(text, map, keys, value, rel, full) {
    if (map.flow)
        throw new RingwayError(`${rel}: cannot edit inside a flow mapping to set '${full.join('.')}'; write it as a block mapping`);
    const firstKey = map.items[0]?.key;
    const keyStart = firstKey?.range?.[0] ?? 0;
    const indent = keyStart - lineStart(text, keyStart);
    const end = map.range[1];
    // After the line on which the mapping's last value ends (keeping a trailing comment on it).
    const at = lineEnd(text, Math.max(end - 1, 0));
    const block = nestedLines(keys, value, indent);
    return at >= text.length ? `${text}${text.endsWith('\n') ? '' : '\n'}${block}\n` : `${text.slice(0, at)}\n${block}${text.slice(at)}`;
}
/** `key:` with no value (or `~`/`null`): give it the nested block or the value. */
function replaceNull(text, pair, keys, value) {
    const key = pair.key;
    const [kStart, kEnd] = key.range;
    const indent = kStart - lineStart(text, kStart);
    const colon = text.indexOf(':', kEnd);
    const v = pair.value;
    const valueEnd = v?.range ? v.range[1] : colon + 1;
    if (keys.length === 0)
        return `${text.slice(0, colon + 1)} ${scalarText(value)}${text.slice(valueEnd)}`;
    const eol = lineEnd(text, valueEnd);
    const rest = text.slice(valueEnd, eol);
    const comment = rest.trim().startsWith('#') ? ` ${rest.trim()}` : '';
    return `${text.slice(0, colon + 1)}${comment}\n${nestedLines(keys, value, indent + 2)}${text.slice(eol)}`;
}
function verify(text, path, value, rel) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length || doc.getIn(path) !== value) {
        throw new RingwayError(`${rel}: could not set '${path.join('.')}' without changing the rest of the file; please report this file layout`);
    }
    return text;
}
/**
 * `fab set --file values.yaml`: the file read as Fabrikate reads it (YAML 1.1: `off` is false) and
 * its mappings flattened into key paths, each leaf written as Go's "%v" prints it (`false`, `1.5`,
 * `1e+06`, lists as `[a b]`, null as `<nil>`); nested mappings flattened at every depth.
 */
function flattenFile(data, file) {
    if (!isPlainObject(data))
        throw new UsageError(`${file}: must hold a mapping`);
    const out = [];
    const walk = (v, keys) => {
        if (isPlainObject(v) && !(v instanceof GoFloat))
            for (const [k, child] of Object.entries(v))
                walk(child, [...keys, k]);
        else
            out.push({ keyPath: keys, value: goSprintV(v) });
    };
    walk(data, []);
    return out;
}
/** Reads a `--file` for set: YAML 1.1 as yaml.v2 reads it (JSON as JSON). */
async function readSetFile(path) {
    const text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    return path.endsWith('.json') ? JSON.parse(text) : parseYaml11(text, { display: path, floats: true });
}
/** Go's fmt "%v" of a value read by yaml.v2. */
function goSprintV(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (v instanceof GoFloat)
        return goFloatString(v.value, true);
    if (typeof v === 'number')
        return goFloatString(v);
    if (Array.isArray(v))
        return `[${v.map(goSprintV).join(' ')}]`;
    if (isPlainObject(v))
        return `map[${Object.keys(v).sort().map((k) => `${k}:${goSprintV(v[k])}`).join(' ')}]`;
    return String(v);
}

;// CONCATENATED MODULE: ./lib/steps/generate.ts







const generate_step = {
    name: 'generate',
    title: 'Generate manifests',
    description: "Renders Kubernetes manifests from a Fabrikate-format HLD, writing the same files as `fab generate`: one folder per environment set, one YAML file per component. Components render in parallel, remote components are fetched once into a cache, unchanged components are not rendered again, and a failure leaves the previous output untouched.",
    azureTaskId: '0f6c2a8e-3b4d-4f1a-8e2c-7d9b1c5a6e30',
    inputs: [
        { name: 'hld', description: 'Folder of the HLD (holds the root component.yaml)', default: '.' },
        {
            name: 'environments',
            description: 'Environments in priority order, first wins (`prod,east` is `fab generate prod east` and writes <output>/prod-east; on the command line `ringway generate prod east` works too); when neither this nor fab-envs is given, the FAB_ENVS variable of Bedrock pipelines is read as fab-envs; else common only',
            kind: 'list',
        },
        {
            name: 'fab-envs',
            description: "Several outputs at once in Bedrock's FAB_ENVS syntax: comma-separated runs, spaces separating environments of one run ('DEV,QA,STAGING WEST'), rendered one after another as Bedrock's loop of fab generate",
        },
        { name: 'output', description: 'Folder receiving one sub-folder per environment set; default <hld>/generated' },
        { name: 'concurrency', description: 'Components rendered at once; default twice the number of CPU cores (each core stays busy while another helm process starts)' },
        { name: 'cache-dir', description: 'Cache of fetched sources and rendered components; default ~/.cache/ringway (or RINGWAY_CACHE_DIR)' },
        { name: 'validate', description: 'Check that every generated document is a Kubernetes object (apiVersion, kind, metadata.name)', kind: 'boolean', default: 'false' },
        // Remote sources (git, helm repositories, http) give up on a server that never answers.
        timeoutInput,
    ],
    positional: { input: 'environments', usage: 'environment' },
    outputs: [
        { name: 'output', description: 'Folder holding the generated environment folders' },
        { name: 'folders', description: 'Environment folders written, comma-separated' },
        { name: 'components', description: 'Components generated' },
        { name: 'rendered', description: 'Components rendered this run (the rest came from the cache)' },
    ],
    async run(inputs, host) {
        const hld = (0,external_node_path_namespaceObject.resolve)(inputs.string('hld'));
        const fromBedrock = !inputs.has('environments') && !inputs.has('fab-envs') && !!process.env.FAB_ENVS?.trim();
        const groups = environmentGroups(inputs.list('environments'), inputs.string('fab-envs'), fromBedrock ? (process.env.FAB_ENVS ?? '') : '');
        if (fromBedrock)
            host.info(`environments from FAB_ENVS: ${groups.map((g) => g.join(' ') || 'common').join(', ')}`);
        const concurrency = inputs.string('concurrency') ? inputs.integer('concurrency', 1) : undefined;
        const output = inputs.string('output') ? (0,external_node_path_namespaceObject.resolve)(inputs.string('output')) : (0,external_node_path_namespaceObject.join)(hld, 'generated');
        await checkOutput(hld, output, groups.map(folderName));
        const cacheDir = inputs.string('cache-dir') || process.env.RINGWAY_CACHE_DIR || '';
        if (cacheDir)
            await checkCreatableFolder((0,external_node_path_namespaceObject.resolve)(cacheDir), 'cache-dir');
        await checkCreatableFolder(output, 'output');
        const result = await host.group(`Generate ${groups.map((g) => g.join(' ') || 'common').join(', ')}`, () => generate({
            hld,
            environments: groups,
            output,
            concurrency,
            cacheDir: inputs.string('cache-dir') || undefined,
            validate: inputs.boolean('validate'),
            log: (l) => host.info(l),
            warn: (l) => host.warning(l),
            progress: progressLines(host),
        }));
        await host.summary({
            title: 'ringway generate',
            rows: [['folder', 'components'], ...result.folders.map((f) => [f.name, String(f.files)])],
            notes: [`${result.rendered} rendered, ${result.fromCache} reused from the cache`],
        });
        return {
            output,
            folders: result.folders.map((f) => f.name).join(','),
            components: String(result.components),
            rendered: String(result.rendered),
        };
    },
};
/**
 * `environments` is one priority list; `fab-envs` is Bedrock's list of runs (not both); `fabEnvsVar`,
 * the FAB_ENVS variable, is read only when neither is given. A run named twice is rendered once.
 */
function environmentGroups(environments, fabEnvs, fabEnvsVar = '') {
    if (environments.length && fabEnvs.trim())
        throw new UsageError("inputs 'environments' and 'fab-envs' cannot both be set");
    const runs = fabEnvs.trim() ? fabEnvs : environments.length ? '' : fabEnvsVar;
    if (runs.trim()) {
        const groups = bedrockRuns(runs);
        // The one environment-name rule (config/<environment>.yaml), named after where the list came from.
        for (const e of groups.flat()) {
            if (fabEnvs.trim())
                withInput('fab-envs', () => checkEnvironmentName(e));
            else if (!isEnvironmentName(e))
                throw new UsageError(`FAB_ENVS: '${e}' is not a valid environment name`);
        }
        return groups.filter((g, i) => !groups.slice(i + 1).some((later) => later.join('-') === g.join('-')));
    }
    for (const e of environments) {
        if (/\s/.test(e))
            throw new UsageError(`input 'environments': '${e}' contains a space; list environments separated by commas, or use 'fab-envs'`);
        withInput('environments', () => checkEnvironmentName(e));
    }
    return [environments];
}
/**
 * Bedrock's build.sh: `IFS=',' read -ra ENV <<< "$FAB_ENVS"` then `fab generate $i` for each entry,
 * so entries are split on commas (a trailing empty one dropped, as read does), the environments of
 * an entry on white space, and an empty entry renders common. Newlines separate entries too.
 */
function bedrockRuns(value) {
    const entries = value.trim().split(/,|\r?\n/);
    if (entries.length > 1 && entries[entries.length - 1].trim() === '')
        entries.pop();
    return entries.map((e) => e.split(/\s+/).filter(Boolean));
}
const generate_inside = (parent, child) => child === parent || child.startsWith(parent.endsWith(external_node_path_namespaceObject.sep) ? parent : parent + external_node_path_namespaceObject.sep);
/**
 * Each `<output>/<folder>` is replaced whole: refuse one that is the HLD, holds it, or holds any of
 * its definitions (component files, config/ folders), e.g. `--output <hld> --environments config`.
 */
async function checkOutput(hld, output, folders) {
    const realHld = await (0,promises_namespaceObject.realpath)(hld).catch(() => hld);
    const realOut = await (0,promises_namespaceObject.realpath)(output).catch(() => output);
    if (generate_inside(realOut, realHld))
        throw new UsageError(`input 'output': '${output}' is the HLD folder or holds it; generated folders would replace the HLD's own files`);
    for (const f of folders) {
        const target = (0,external_node_path_namespaceObject.join)(realOut, f);
        if (!generate_inside(realHld, target))
            continue;
        if (await holdsDefinitions(target)) {
            throw new UsageError(`input 'output': '${(0,external_node_path_namespaceObject.join)(output, f)}' holds definitions of the HLD (component or config files) and would be replaced; choose another output folder`);
        }
    }
}
async function holdsDefinitions(dir) {
    const names = await (0,promises_namespaceObject.readdir)(dir).catch(() => []);
    if (names.some((n) => /^component\.(ya?ml|json)$/.test(n)))
        return true;
    if (/(^|[/\\])config$/.test(dir) && names.some((n) => /\.(ya?ml|json)$/.test(n)))
        return true;
    return false;
}
/**
 * A folder that ringway creates (recursively) must lie on a real, writable file system: Node's
 * recursive mkdir spins forever under /proc, and elsewhere the error would name no input.
 */
async function checkCreatableFolder(path, input) {
    if (/^\/(proc|sys)(\/|$)/.test(path))
        throw new UsageError(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`);
    let existing = path;
    for (;;) {
        const st = await (0,promises_namespaceObject.stat)(existing).catch(() => undefined);
        if (st) {
            if (!st.isDirectory())
                throw new UsageError(`input '${input}': '${existing}' is a file, not a folder`);
            break;
        }
        const up = (0,external_node_path_namespaceObject.dirname)(existing);
        if (up === existing)
            break;
        existing = up;
    }
    const real = await (0,promises_namespaceObject.realpath)(existing).catch(() => existing);
    if (/^\/(proc|sys)(\/|$)/.test(real))
        throw new UsageError(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`);
    if (real !== path && (0,external_node_path_namespaceObject.relative)(real, path) !== '' && !(await (0,promises_namespaceObject.access)(real, external_node_fs_namespaceObject.constants.W_OK).then(() => true, () => false))) {
        throw new UsageError(`input '${input}': cannot create '${path}': '${existing}' is not writable`);
    }
}
/** Milliseconds a generate may take before each component gets a progress line. */
const PROGRESS_AFTER_MS = 2000;
/**
 * Quiet for a quick run; once it takes more than a moment, one line per component with the
 * running count, so a long cold fetch or render shows that it moves.
 */
function progressLines(host, afterMs = PROGRESS_AFTER_MS, now = () => Date.now()) {
    const start = now();
    return (p) => {
        if (now() - start < afterMs)
            return;
        host.info(`[${p.done}/${p.total}] ${p.component || '(root)'}: ${p.rendered} rendered, ${p.fromCache} from cache`);
    };
}

;// CONCATENATED MODULE: ./lib/metrics/format.ts

/** 0.5 → "30m", 26 → "1d 2h": short enough for a table cell. */
function hours(h) {
    if (h === null)
        return '–';
    const m = Math.round(h * 60);
    if (m < 60)
        return `${m}m`;
    if (m < 24 * 60)
        return `${Math.floor(m / 60)}h${m % 60 ? ` ${String(m % 60).padStart(2, '0')}m` : ''}`;
    const d = Math.floor(m / 1440);
    const rest = Math.round((m % 1440) / 60);
    return `${d}d${rest ? ` ${rest}h` : ''}`;
}
const pct = (r) => (r === null ? '–' : `${Math.round(r * 1000) / 10}%`);
const TABLE_HEAD = ['Service', 'Ring', 'Deployments', 'Per week', 'Frequency', 'Lead time p50', 'p90', 'No commit time', 'Failed', 'Failure rate', 'Restore p50', 'p90', 'Unrestored', 'Band', 'Counted at'];
function tableRow(g) {
    return [
        g.service,
        g.ring,
        String(g.deployments),
        String(g.deploymentsPerWeek),
        g.frequency ?? '–',
        hours(g.leadTime.medianHours),
        hours(g.leadTime.p90Hours),
        String(g.leadTime.withoutCommitTime),
        String(g.changeFailure.failed),
        pct(g.changeFailure.rate),
        hours(g.timeToRestore.medianHours),
        hours(g.timeToRestore.p90Hours),
        String(g.timeToRestore.unrestored),
        g.band.overall || '–',
        g.basis,
    ];
}
/** Header plus one row per service and ring, then the total when there is more than one group. */
function tableRows(r) {
    return [TABLE_HEAD, ...r.groups.map(tableRow), ...(r.groups.length > 1 ? [tableRow(r.total)] : [])];
}
/** One line saying what the report covers, and the empty case in words. */
function headline(r) {
    const span = `${r.since.slice(0, 16).replace('T', ' ')} → ${r.until.slice(0, 16).replace('T', ' ')} UTC (${r.days} days)`;
    if (r.total.deployments === 0)
        return `no deployments recorded in ${span}; ${r.rowsRead} rows read`;
    return `${r.total.deployments} deployments in ${span}; ${r.rowsRead} rows read`;
}
function notes(r) {
    const t = r.total;
    const out = [headline(r)];
    if (t.deployments) {
        out.push(`Failed changes: ${t.changeFailure.failed} (rolled back ${t.changeFailure.rolledBack}, rejected by the gate ${t.changeFailure.gateRejected}, sync failed ${t.changeFailure.syncFailed}).`, `Lead time from ${t.leadTime.count} deployments with a recorded commit time; ${t.leadTime.withoutCommitTime} without one (older or bedrock-cli rows) are counted apart.`, 'Counted at: cluster-synced where the service records syncs in that ring, else manifests-pushed. Bands: DORA Accelerate State of DevOps 2024 clusters. Definitions: docs/metrics.md.');
    }
    return out;
}
const CSV_HEAD = ['service', 'ring', 'basis', 'deployments', 'deployments_per_week', 'frequency', 'lead_time_count', 'lead_time_median_hours', 'lead_time_p90_hours', 'without_commit_time', 'failed', 'change_failure_rate', 'rolled_back', 'gate_rejected', 'sync_failed', 'restore_count', 'restore_median_hours', 'restore_p90_hours', 'unrestored', 'band', 'band_deployment_frequency', 'band_lead_time', 'band_change_failure_rate', 'band_time_to_restore', 'since', 'until'];
function csvCell(v) {
    const s = v === null ? '' : String(v);
    // Quote when needed; a leading = + - @ is prefixed so a spreadsheet does not run it as a formula.
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function csv(r) {
    const line = (g) => [g.service, g.ring, g.basis, g.deployments, g.deploymentsPerWeek, g.frequency, g.leadTime.count, g.leadTime.medianHours, g.leadTime.p90Hours, g.leadTime.withoutCommitTime, g.changeFailure.failed, g.changeFailure.rate, g.changeFailure.rolledBack, g.changeFailure.gateRejected, g.changeFailure.syncFailed, g.timeToRestore.count, g.timeToRestore.medianHours, g.timeToRestore.p90Hours, g.timeToRestore.unrestored, g.band.overall, g.band.deploymentFrequency, g.band.leadTime, g.band.changeFailureRate, g.band.timeToRestore, r.since, r.until]
        .map(csvCell)
        .join(',');
    return [CSV_HEAD.join(','), ...r.groups.map(line), ...(r.groups.length ? [line(r.total)] : [])].join('\n') + '\n';
}
/** The report in one of the formats users ask for. */
function renderReport(r, format) {
    if (format === 'json')
        return `${JSON.stringify(r, null, 2)}\n`;
    if (format === 'csv')
        return csv(r);
    const [head, ...rest] = notes(r);
    return r.total.deployments ? `${head}\n\n${textTable(tableRows(r))}\n\n${rest.join('\n')}\n` : `${head}\n`;
}

;// CONCATENATED MODULE: ./lib/metrics/bands.ts
const FREQUENCY_RANK = { daily: 3, weekly: 2, monthly: 1, 'less than monthly': 0 };
const HOUR = 3600e3;
const DAY = 24 * HOUR;
const CLUSTERS_2024 = [
    { band: 'elite', frequency: 'daily', leadTimeMs: DAY, changeFailureRate: 0.05, restoreMs: HOUR },
    { band: 'high', frequency: 'weekly', leadTimeMs: 7 * DAY + 1, changeFailureRate: 0.2, restoreMs: DAY },
    { band: 'medium', frequency: 'monthly', leadTimeMs: 730 * HOUR + 1, changeFailureRate: 0.1, restoreMs: DAY },
    { band: 'low', frequency: 'less than monthly', leadTimeMs: Infinity, changeFailureRate: 1, restoreMs: Infinity },
];
function meets(c, k, m) {
    switch (k) {
        case 'frequency':
            return m.frequency === undefined ? undefined : FREQUENCY_RANK[m.frequency] >= FREQUENCY_RANK[c.frequency];
        case 'lead':
            return m.leadTimeMedianMs === undefined ? undefined : m.leadTimeMedianMs < c.leadTimeMs;
        case 'cfr':
            return m.changeFailureRate === undefined ? undefined : m.changeFailureRate <= c.changeFailureRate;
        case 'restore':
            return m.restoreMedianMs === undefined ? undefined : m.restoreMedianMs < c.restoreMs;
    }
}
/** The best cluster whose every value the metrics meet (metrics without data are left out). */
function bands(m) {
    const one = (k) => (meets(CLUSTERS_2024[0], k, m) === undefined ? '' : (CLUSTERS_2024.find((c) => meets(c, k, m)) ?? CLUSTERS_2024[3]).band);
    const keys = ['frequency', 'lead', 'cfr', 'restore'];
    const known = keys.filter((k) => meets(CLUSTERS_2024[0], k, m) !== undefined);
    const overall = m.frequency === undefined ? '' : (CLUSTERS_2024.find((c) => known.every((k) => meets(c, k, m))) ?? CLUSTERS_2024[3]).band;
    return { overall, deploymentFrequency: one('frequency'), leadTime: one('lead'), changeFailureRate: one('cfr'), timeToRestore: one('restore') };
}
/** Linear-interpolated percentile of sorted values (BigQuery's PERCENTILE_CONT, as Four Keys uses). */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return undefined;
    const x = (sorted.length - 1) * p;
    const lo = Math.floor(x);
    const hi = Math.ceil(x);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (x - lo);
}

;// CONCATENATED MODULE: ./lib/metrics/compute.ts

const compute_HOUR = 3600e3;
const compute_DAY = 24 * compute_HOUR;
const WEEK = 7 * compute_DAY;
const time = (s) => (s ? Date.parse(s) : NaN);
const KIND_BIT = { rolledBack: 1, gateRejected: 2, syncFailed: 4 };
/** Collects what the metrics of one set of deployments need. */
class Tally {
    deployments = [];
    failedKinds = [];
    leads = [];
    withoutCommitTime = 0;
    restores = [];
    unrestored = 0;
    bases = new Set();
    result(service, ring, w) {
        const days = (w.until - w.since) / compute_DAY;
        const failed = this.failedKinds.filter((k) => k > 0);
        const count = (bit) => failed.filter((k) => k & bit).length;
        const leads = this.leads.sort((a, b) => a - b);
        const restores = this.restores.sort((a, b) => a - b);
        const n = this.deployments.length;
        const frequency = n ? frequencyOf(this.deployments, w) : null;
        const rate = n ? failed.length / n : null;
        const hours = (v) => (v === undefined ? null : Math.round((v / compute_HOUR) * 100) / 100);
        return {
            service,
            ring,
            basis: this.bases.size > 1 ? 'mixed' : ([...this.bases][0] ?? 'cluster-synced'),
            deployments: n,
            deploymentsPerWeek: Math.round((n / (days / 7)) * 100) / 100,
            frequency,
            leadTime: { count: leads.length, medianHours: hours(percentile(leads, 0.5)), p90Hours: hours(percentile(leads, 0.9)), withoutCommitTime: this.withoutCommitTime },
            changeFailure: { failed: failed.length, rate: rate === null ? null : Math.round(rate * 10000) / 10000, rolledBack: count(1), gateRejected: count(2), syncFailed: count(4) },
            timeToRestore: { count: restores.length, medianHours: hours(percentile(restores, 0.5)), p90Hours: hours(percentile(restores, 0.9)), unrestored: this.unrestored },
            band: n
                ? bands({ frequency: frequency ?? undefined, leadTimeMedianMs: percentile(leads, 0.5), changeFailureRate: rate ?? undefined, restoreMedianMs: percentile(restores, 0.5) })
                : { overall: '', deploymentFrequency: '', leadTime: '', changeFailureRate: '', timeToRestore: '' },
        };
    }
}
/**
 * Four Keys' frequency bucket over the whole weeks of the window, counted back from its end:
 * daily when the median week has deployments on 3 days or more, weekly when the median week has
 * one, monthly when the median 4-week month has one, else less than monthly.
 */
function frequencyOf(deployTimes, w) {
    const weeks = Math.max(1, Math.floor((w.until - w.since) / WEEK));
    const days = Array.from({ length: weeks }, () => new Set());
    for (const t of deployTimes) {
        const back = w.until - t;
        const wk = Math.floor(back / WEEK);
        if (wk >= 0 && wk < weeks)
            days[wk].add(Math.floor(back / compute_DAY));
    }
    const median = (xs) => percentile([...xs].sort((a, b) => a - b), 0.5) ?? 0;
    if (median(days.map((d) => d.size)) >= 3)
        return 'daily';
    if (median(days.map((d) => (d.size ? 1 : 0))) >= 1)
        return 'weekly';
    const months = Math.max(1, Math.floor(weeks / 4));
    const perMonth = Array.from({ length: months }, (_, m) => days.slice(m * 4, months === 1 ? weeks : m * 4 + 4).filter((d) => d.size).length);
    return median(perMonth) >= 1 ? 'monthly' : 'less than monthly';
}
class MetricsAccumulator {
    w;
    groups = new Map();
    rowsRead = 0;
    constructor(w) {
        this.w = w;
    }
    add(r) {
        this.rowsRead++;
        const ring = (r.ring ?? '').toLowerCase();
        if (!ring)
            return; // no ring: not a deployment to anywhere (a build that went no further)
        const service = r.service || '(no service)';
        const key = `${service}\u0000${ring}`;
        let g = this.groups.get(key);
        if (!g) {
            g = { service, ring, hasSync: false, sync: [], syncFailed: [], pushed: [], commit: [], failed: [], kinds: [] };
            this.groups.set(key, g);
        }
        const sync = time(r.syncedAt);
        const syncFailed = time(r.syncFailedAt);
        // A push without its own time (bedrock-cli's p3 stage) is dated by the row's Timestamp.
        const pushed = r.manifestsPushedAt ? time(r.manifestsPushedAt) : r.manifestCommitId ? time(r.timestamp) : NaN;
        const rolledBack = time(r.rolledBackAt);
        const rejected = time(r.gateRejectedAt);
        const failures = [rolledBack, rejected, syncFailed].filter((t) => !Number.isNaN(t));
        if (!Number.isNaN(sync) || !Number.isNaN(syncFailed))
            g.hasSync = true;
        g.sync.push(sync);
        g.syncFailed.push(syncFailed);
        g.pushed.push(pushed);
        g.commit.push(time(r.commitTime));
        g.failed.push(failures.length ? Math.min(...failures) : NaN);
        g.kinds.push((Number.isNaN(rolledBack) ? 0 : 1) | (Number.isNaN(rejected) ? 0 : 2) | (Number.isNaN(syncFailed) ? 0 : 4));
    }
    report() {
        const w = this.w;
        const inWindow = (t) => t >= w.since && t < w.until;
        const total = new Tally();
        const out = [];
        const weeks = Math.max(1, Math.ceil((w.until - w.since) / WEEK));
        const weekly = Array.from({ length: weeks }, () => ({ byRing: {}, failed: 0, n: 0, leads: [] }));
        for (const g of [...this.groups.values()].sort((a, b) => (a.service === b.service ? (a.ring < b.ring ? -1 : 1) : a.service < b.service ? -1 : 1))) {
            const basis = g.hasSync ? 'cluster-synced' : 'manifests-pushed';
            const tally = new Tally();
            for (const t of [tally, total])
                t.bases.add(basis);
            const good = [];
            for (let i = 0; i < g.sync.length; i++) {
                const ok = basis === 'cluster-synced' ? g.sync[i] : g.pushed[i];
                if (!Number.isNaN(ok) && Number.isNaN(g.failed[i]))
                    good.push(ok);
            }
            good.sort((a, b) => a - b);
            for (let i = 0; i < g.sync.length; i++) {
                const ok = basis === 'cluster-synced' ? g.sync[i] : g.pushed[i];
                // A failed sync is a deployment attempt too: it counts, as a failure.
                const at = basis === 'cluster-synced' ? (Number.isNaN(ok) ? g.syncFailed[i] : ok) : ok;
                if (Number.isNaN(at))
                    continue;
                const failedAt = g.failed[i];
                if (inWindow(at)) {
                    const wk = weekly[weeks - 1 - Math.floor((w.until - 1 - at) / WEEK)];
                    for (const t of [tally, total]) {
                        t.deployments.push(at);
                        t.failedKinds.push(g.kinds[i]);
                    }
                    if (wk) {
                        wk.n++;
                        wk.byRing[g.ring] = (wk.byRing[g.ring] ?? 0) + 1;
                        if (g.kinds[i])
                            wk.failed++;
                    }
                    if (!Number.isNaN(ok)) {
                        const commit = g.commit[i];
                        if (Number.isNaN(commit))
                            for (const t of [tally, total])
                                t.withoutCommitTime++;
                        else if (ok >= commit) {
                            for (const t of [tally, total])
                                t.leads.push(ok - commit);
                            wk?.leads.push(ok - commit);
                        }
                    }
                }
                if (!Number.isNaN(failedAt) && inWindow(failedAt)) {
                    let restored = good[upperBound(good, failedAt)] ?? NaN;
                    // A sync that failed and later succeeded restored itself.
                    const own = g.sync[i];
                    if (g.kinds[i] === KIND_BIT.syncFailed && own > failedAt && !(own >= restored))
                        restored = own;
                    for (const t of [tally, total]) {
                        if (Number.isNaN(restored))
                            t.unrestored++;
                        else
                            t.restores.push(restored - failedAt);
                    }
                }
            }
            out.push(tally.result(g.service, g.ring, w));
        }
        const median = (xs) => {
            const m = percentile(xs.sort((a, b) => a - b), 0.5);
            return m === undefined ? null : Math.round((m / compute_HOUR) * 100) / 100;
        };
        return {
            since: new Date(w.since).toISOString(),
            until: new Date(w.until).toISOString(),
            days: Math.round(((w.until - w.since) / compute_DAY) * 100) / 100,
            rowsRead: this.rowsRead,
            groups: out,
            total: total.result('(all)', '(all)', w),
            weeks: weekly.map((wk, i) => ({
                week: new Date(w.until - (weeks - i) * WEEK).toISOString().slice(0, 10),
                deploymentsByRing: wk.byRing,
                failed: wk.failed,
                deployments: wk.n,
                leadTimeMedianHours: median(wk.leads),
            })),
        };
    }
}
/** Index of the first value greater than x in sorted values. */
function upperBound(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./lib/metrics/read.ts





/**
 * Failure marks on a deployment's own row: the rollback step marks the deployment it replaced
 * (its own stage time is the new deployment's HLD update), operator events mark a failed sync.
 */
const ROLLED_BACK_COLUMN = 'rolledBackAt';
const SYNC_FAILED_COLUMN = STAGE_TIME['sync-failed'];
/** Only what the metrics need comes over the wire. */
const SELECT = ['service', 'env', 'syncedAt', 'manifestsPushedAt', 'manifestCommitId', 'commitTime', 'gateRejectedAt', ROLLED_BACK_COLUMN, SYNC_FAILED_COLUMN, 'Timestamp'];
const UNITS = { m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };
function when(value, name, from) {
    const v = value.trim();
    const m = /^(\d+)([mhdw])$/.exec(v);
    if (m)
        return from - Number(m[1]) * UNITS[m[2]];
    const t = /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(t))
        throw new UsageError(`${name} must be a date (2026-11-01, 2026-11-01T12:00Z) or a duration (24h, 30d, 12w), got '${value}'`);
    return t;
}
const CLI_WINDOW_NAMES = { since: 'option --since', until: 'option --until' };
/** The window of a query: `until` back from now, `since` back from `until`. */
function parseWindow(q, now = Date.now(), names = CLI_WINDOW_NAMES) {
    const until = q.until ? when(q.until, names.until, now) : now;
    const since = when(q.since || '30d', names.since, until);
    if (until <= since)
        throw new UsageError(`${names.until} (${new Date(until).toISOString()}) must be after ${names.since} (${new Date(since).toISOString()})`);
    return { since, until };
}
function metricRow(e) {
    const s = (k) => (typeof e[k] === 'string' && e[k] ? e[k] : undefined);
    return {
        service: s('service'),
        ring: s('env'),
        syncedAt: s('syncedAt'),
        manifestsPushedAt: s('manifestsPushedAt'),
        manifestCommitId: s('manifestCommitId'),
        timestamp: s('timestamp') ?? s('Timestamp'),
        commitTime: s('commitTime'),
        rolledBackAt: s(ROLLED_BACK_COLUMN),
        gateRejectedAt: s('gateRejectedAt'),
        syncFailedAt: s(SYNC_FAILED_COLUMN),
    };
}
/**
 * The query metrics send: the partition, rows whose table Timestamp is in or after the window (a
 * row last written before the window cannot hold anything in it: every stage write moves the
 * Timestamp, so the table service leaves those out), the ring if asked, and only the columns used.
 */
function metricsQuery(partitionKey, q, w) {
    let filter = `PartitionKey eq ${quote(partitionKey)} and Timestamp ge datetime'${new Date(w.since).toISOString()}'`;
    if (q.ring)
        filter += ` and env eq ${quote(q.ring.toLowerCase())}`;
    return { filter, select: SELECT };
}
/** Reads the partition once, page by page, and computes the report. `progress` is called every 5,000 rows. */
async function readMetrics(store, q, w, progress) {
    const acc = new MetricsAccumulator(w);
    for await (const page of store.pages(metricsQuery(store.partitionKey, q, w))) {
        for (const e of page) {
            const row = metricRow(e);
            if (!q.service || matchesService(row, q.service))
                acc.add(row);
            else
                acc.rowsRead++;
            if (progress && acc.rowsRead % 5000 === 0)
                progress(acc.rowsRead);
        }
    }
    return acc.report();
}

;// CONCATENATED MODULE: ./lib/steps/metrics.ts






/** Written whole or not at all. */
async function writeReport(file, text) {
    const path = (0,external_node_path_namespaceObject.resolve)(file);
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    await (0,promises_namespaceObject.writeFile)(`${path}.${process.pid}.tmp`, text);
    await (0,promises_namespaceObject.rename)(`${path}.${process.pid}.tmp`, path);
}
const metrics_step = {
    name: 'metrics',
    title: 'DORA metrics',
    description: "DORA's four keys from the deployment records, per service and ring over a window: deployment frequency, lead time for changes (commit to synced), change failure rate (rolled back, rejected by the gate, sync failed) and time to restore, with medians, p90 and the DORA 2024 performance band. Writes them as the job summary; definitions in docs/metrics.md.",
    azureTaskId: 'b6d2f8a4-5c3e-4a7b-9e1d-2c8f4a6b0d37',
    inputs: [
        { name: 'service', description: 'Only this service' },
        { name: 'ring', description: 'Only this ring' },
        { name: 'since', description: 'Start of the window: a date (2026-11-01) or a duration back from until (30d, 12w, 24h)', default: '30d' },
        { name: 'until', description: 'End of the window: a date or a duration back from now; default now' },
        { name: 'output', description: 'Format of report-file and of what `ringway metrics` prints', options: ['table', 'json', 'csv'], default: 'table' },
        { name: 'report-file', description: 'Also write the report to this file, in the output format' },
        ...storageInputs,
    ],
    outputs: [
        { name: 'deployments', description: 'Deployments in the window (all services and rings asked for)' },
        { name: 'deployment-frequency', description: 'daily, weekly, monthly or less than monthly (Four Keys buckets)' },
        { name: 'lead-time-median-hours', description: 'Median lead time for changes, in hours' },
        { name: 'change-failure-rate', description: 'Failed deployments / deployments (0 to 1)' },
        { name: 'time-to-restore-median-hours', description: 'Median time from a failure record to the next good synced deployment, in hours' },
        { name: 'band', description: 'elite, high, medium or low (DORA 2024 clusters); empty without deployments' },
        { name: 'report', description: 'The whole report as JSON' },
    ],
    async run(inputs, host) {
        const q = { service: inputs.string('service'), ring: inputs.string('ring'), since: inputs.string('since'), until: inputs.string('until') };
        const w = parseWindow(q, Date.now(), { since: "input 'since'", until: "input 'until'" });
        const store = DeploymentStore.open(storeOptions((n) => inputs.string(n)));
        const report = await host.group('Read deployment records', () => readMetrics(store, q, w, (n) => host.info(`read ${n} rows`)));
        const [head, ...rest] = notes(report);
        host.info(head);
        await host.summary({ title: `ringway metrics: ${q.service || 'all services'}, ${q.ring || 'all rings'}`, rows: report.total.deployments ? tableRows(report) : [], notes: [head, ...rest] });
        if (inputs.string('report-file'))
            await writeReport(inputs.string('report-file'), renderReport(report, inputs.string('output')));
        const t = report.total;
        const num = (v) => (v === null ? '' : String(v));
        return {
            deployments: String(t.deployments),
            'deployment-frequency': t.frequency ?? '',
            'lead-time-median-hours': num(t.leadTime.medianHours),
            'change-failure-rate': num(t.changeFailure.rate),
            'time-to-restore-median-hours': num(t.timeToRestore.medianHours),
            band: t.band.overall,
            report: JSON.stringify({ ...report, weeks: undefined }),
        };
    },
};

;// CONCATENATED MODULE: ./lib/git/paths.ts


/** A path inside the repository: relative, no `..`; `.` or empty is the root. */
function safeRelativePath(value, inputName) {
    const v = value.trim() || '.';
    if ((0,external_node_path_namespaceObject.isAbsolute)(v) || /^[a-zA-Z]:[\\/]/.test(v))
        throw new UsageError(`input '${inputName}' must be relative to the repository root, got '${value}'`);
    const n = (0,external_node_path_namespaceObject.normalize)(v).replace(/\\/g, '/').replace(/\/+$/, '');
    if (n === '..' || n.startsWith('../') || n.split('/').includes('.git')) {
        throw new UsageError(`input '${inputName}' must stay inside the repository, got '${value}'`);
    }
    // Paths follow `--` on every command line; a folder named like an option is still never meant.
    if (n.split('/').some((p) => p.startsWith('-')))
        throw new UsageError(`input '${inputName}': '${value}' looks like an option (a part starts with '-')`);
    return n || '.';
}

;// CONCATENATED MODULE: ./lib/git/commit-and-push.ts


/**
 * Apply → commit → push, and when another pipeline pushed first: fetch the new tip, apply the
 * change again on it, and retry after a jittered backoff, a bounded number of times. Re-applying
 * (rather than rebasing) means two edits to one file never conflict and none is lost.
 */
async function commitAndPush(opts) {
    const max = opts.maxAttempts ?? 8;
    const base = opts.baseDelayMs ?? 250;
    for (let attempt = 1;; attempt++) {
        await opts.apply();
        const changed = await opts.repo.stage(opts.paths);
        const tip = await opts.repo.head();
        // Nothing to commit: done, unless the branch is new and has a base commit to start it from.
        if (!changed && (opts.repo.branchExists || !tip))
            return { changed: false, commit: tip, attempts: attempt, pushed: false };
        const commit = changed ? await opts.repo.commit(opts.message) : tip;
        if (opts.dryRun)
            return { changed: true, commit, attempts: attempt, pushed: false };
        if (await opts.repo.push()) {
            opts.repo.branchExists = true;
            return { changed: true, commit, attempts: attempt, pushed: true };
        }
        if (attempt >= max) {
            throw new RingwayError(`push to branch '${opts.repo.branch}' was rejected ${max} times because others kept pushing; nothing was pushed`);
        }
        const delay = backoffDelay(base, attempt);
        opts.log?.(`push rejected: '${opts.repo.branch}' moved on; re-applying on the new tip in ${delay} ms (attempt ${attempt + 1}/${max})`);
        await sleep(delay);
        await opts.repo.syncToRemote();
    }
}

;// CONCATENATED MODULE: ./lib/manifests/mirror.ts




/**
 * Makes `target` an exact copy of `source`: files added, changed, and deleted when they are no
 * longer in the source. Top-level entries of `target` whose names match `keep` are left alone
 * (`.git` always is). Symlinks in the source are refused: a manifest repo holds plain files.
 * Files whose content and mode already match are not rewritten, so git need not rehash them.
 */
/**
 * generate's staging folders (`.ringway-staging-*`): a killed generate can leave one in its output.
 * Never published, and removed from the target even when `keep` matches dotfiles.
 */
const STAGING = /^\.ringway-staging-/;
async function mirrorTree(source, target, keep = []) {
    await assertPlainTree(source);
    await (0,promises_namespaceObject.mkdir)(target, { recursive: true });
    const keepers = ['.git', ...keep].map(globToRegExp);
    await syncDir(source, target, (name) => !STAGING.test(name) && keepers.some((re) => re.test(name)));
}
async function syncDir(src, dst, kept) {
    const wanted = new Map((await (0,promises_namespaceObject.readdir)(src, { withFileTypes: true })).filter((e) => e.name !== '.git' && !STAGING.test(e.name)).map((e) => [e.name, e]));
    for (const existing of await (0,promises_namespaceObject.readdir)(dst, { withFileTypes: true })) {
        if (kept(existing.name))
            continue;
        const w = wanted.get(existing.name);
        const sameKind = w && (w.isDirectory() ? existing.isDirectory() : existing.isFile());
        if (!sameKind)
            await (0,promises_namespaceObject.rm)((0,external_node_path_namespaceObject.join)(dst, existing.name), { recursive: true, force: true });
    }
    const files = [...wanted].filter(([, e]) => !e.isDirectory()).map(([name]) => name);
    // Files of one folder in parallel, in slices to bound open file handles.
    for (let i = 0; i < files.length; i += 64) {
        await Promise.all(files.slice(i, i + 64).map((name) => syncFile((0,external_node_path_namespaceObject.join)(src, name), (0,external_node_path_namespaceObject.join)(dst, name))));
    }
    for (const [name, entry] of wanted) {
        if (!entry.isDirectory())
            continue;
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(dst, name), { recursive: true });
        await syncDir((0,external_node_path_namespaceObject.join)(src, name), (0,external_node_path_namespaceObject.join)(dst, name), () => false);
    }
}
async function syncFile(src, dst) {
    const [content, srcStat] = await Promise.all([(0,promises_namespaceObject.readFile)(src), (0,promises_namespaceObject.lstat)(src)]);
    const dstStat = await (0,promises_namespaceObject.lstat)(dst).catch(() => undefined);
    if (dstStat && dstStat.size === content.length && (await (0,promises_namespaceObject.readFile)(dst)).equals(content)) {
        if ((dstStat.mode & 0o111) !== (srcStat.mode & 0o111))
            await (0,promises_namespaceObject.chmod)(dst, srcStat.mode & 0o777);
        return;
    }
    await (0,promises_namespaceObject.writeFile)(dst, content, { mode: srcStat.mode & 0o777 });
    await (0,promises_namespaceObject.chmod)(dst, srcStat.mode & 0o777);
}
async function assertPlainTree(root) {
    for await (const { path, entry } of walkFiles(root, { skip: (e) => STAGING.test(e.name) })) {
        if (entry.isSymbolicLink())
            throw new RingwayError(`source '${(0,external_node_path_namespaceObject.relative)(root, path)}' is a symbolic link; manifests must be plain files`);
        if (!entry.isFile())
            throw new RingwayError(`source '${(0,external_node_path_namespaceObject.relative)(root, path)}' is not a regular file`);
    }
}
/** `*` and `?` wildcards over one path segment. */
function globToRegExp(glob) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${body}$`);
}
async function isDirectory(path) {
    try {
        return (await (0,promises_namespaceObject.lstat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/steps/push-manifests.ts













const SOURCE_TRAILER = 'Ringway-Source-Commit';
const push_manifests_step = {
    name: 'push-manifests',
    title: 'Push manifests',
    description: 'Commits generated Kubernetes manifests to the manifest repository that Flux syncs. The target path becomes an exact copy of the source folder (deleted components disappear), a commit is made only when something changed, and it records the HLD commit it came from.',
    azureTaskId: '5b0f4d0e-6a53-4c1e-9d7e-2f3c1a9b7e41',
    inputs: [
        { name: 'source', description: 'Folder of generated manifests to publish', default: 'generated' },
        { name: 'manifest-repo', description: 'URL of the manifest repository', required: true },
        { name: 'branch', description: "Branch of the manifest repository; empty = the repository's default branch" },
        { name: 'path', description: 'Folder inside the manifest repository to replace; default the repository root (one folder per environment, as Bedrock lays it out)', default: '.' },
        {
            name: 'keep',
            description: 'Names at the top of the target path that are never deleted (wildcards * and ?); by default dotfiles and README files, as Bedrock left them; empty for a strict mirror',
            kind: 'list',
            default: '.*,README*',
            // keep: '' is the strict mirror (delete everything the source does not have).
            allowEmpty: true,
        },
        { name: 'message', description: 'Commit message; default names the source commit' },
        { name: 'source-commit', description: 'HLD commit the manifests were generated from; default the commit being built' },
        { name: 'max-attempts', description: 'How many times a rejected push is re-applied and retried', default: '8' },
        ...gitInputs,
    ],
    outputs: [
        { name: 'changed', description: "'true' when the branch moved: a new commit, or a new branch created" },
        { name: 'commit', description: 'Manifest repository commit holding the manifests (the new one, or the unchanged tip)' },
        { name: 'branch', description: 'Branch that was pushed to' },
    ],
    async run(inputs, host) {
        const url = checkRepoInput(inputs.string('manifest-repo'), 'manifest-repo');
        const source = (0,external_node_path_namespaceObject.resolve)(inputs.string('source'));
        if (!(await isDirectory(source)))
            throw new UsageError(`input 'source': folder ${inputs.string('source')} does not exist`);
        if ((await (0,promises_namespaceObject.readdir)(source)).length === 0) {
            throw new UsageError(`input 'source': folder ${inputs.string('source')} is empty; refusing to delete every manifest`);
        }
        const targetPath = safeRelativePath(inputs.string('path'), 'path');
        // Checked before any network work, so a bad value fails at once with nothing fetched.
        const maxAttempts = inputs.integer('max-attempts', 1);
        const sourceCommit = inputs.string('source-commit') || host.build.commit;
        const message = buildMessage(inputs.string('message') || defaultMessage(sourceCommit, host.build.commitMessage), sourceCommit);
        const work = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_.tmpdir)(), 'ringway-manifests-'));
        try {
            const repo = await host.group(`Fetch ${displayUrl(url)}`, async () => {
                // git's answer names the server; the error adds the input it came from.
                const r = await withInput('manifest-repo', () => GitRepo.checkout({
                    url,
                    branch: inputs.string('branch'),
                    dir: work,
                    token: inputs.string('token') || undefined,
                    identity: { name: inputs.string('git-user-name'), email: inputs.string('git-user-email') },
                }));
                host.info(r.branchExists ? `fetched ${r.branch} at ${await r.head()}` : `branch ${r.branch} does not exist yet: the push creates it`);
                return r;
            });
            const target = (0,external_node_path_namespaceObject.join)(work, targetPath);
            // The group holds its outcome too: what was pushed, or why nothing was.
            const { result, files } = await host.group(`Publish ${inputs.string('source')} to ${repo.branch}:${targetPath}`, async () => {
                const result = await commitAndPush({
                    repo,
                    apply: async () => {
                        // A committed link at (or above) the target path would make the mirror delete and write
                        // wherever it points: refused before anything is touched, dry-run included.
                        await assertNoLinkOnPath(work, targetPath, "input 'path'");
                        await mirrorTree(source, target, inputs.list('keep'));
                    },
                    paths: [targetPath],
                    message,
                    dryRun: inputs.boolean('dry-run'),
                    maxAttempts,
                    log: (l) => host.info(l),
                });
                const files = result.changed ? await repo.changedFiles() : [];
                if (!result.changed)
                    host.info(`manifests in ${repo.branch}:${targetPath} are already up to date; nothing to commit`);
                else if (!result.pushed)
                    host.info(`dry run: commit ${result.commit} was not pushed`);
                else
                    host.info(`pushed ${result.commit} to ${repo.branch} (${files.length} files changed)`);
                return { result, files };
            });
            const count = (s) => String(files.filter((f) => f.startsWith(s)).length);
            await host.summary({
                title: 'ringway push-manifests',
                rows: [
                    ['repository', 'branch', 'path', 'changed', 'commit', 'added', 'modified', 'deleted', 'source commit'],
                    [displayUrl(url), repo.branch, targetPath, String(result.changed), result.commit, count('A'), count('M'), count('D'), sourceCommit],
                ],
            });
            return { changed: String(result.changed), commit: result.commit, branch: repo.branch };
        }
        finally {
            await removeTempDir(work, (l) => host.debug(l));
        }
    },
};
function defaultMessage(sourceCommit, sourceMessage) {
    // Bedrock's build.sh: "Updated k8s manifest files post commit: $COMMIT_MESSAGE".
    const subject = sourceMessage.split('\n')[0].trim();
    return `Updated k8s manifest files post commit: ${subject || sourceCommit || 'unknown'}`;
}
function buildMessage(message, sourceCommit) {
    if (!sourceCommit)
        return `${message.trim()}\n`;
    if (!/^[0-9a-f]{7,64}$/i.test(sourceCommit))
        throw new RingwayError(`input 'source-commit' must be a commit SHA, got '${sourceCommit}'`);
    return `${message.trim()}\n\n${SOURCE_TRAILER}: ${sourceCommit}\n`;
}

;// CONCATENATED MODULE: ./lib/telemetry/commit-time.ts



/**
 * When the source commit of an image was made, for lead time (docs/metrics.md). From the input
 * when given; else from the orchestrator's event (GitHub push: head_commit.timestamp) when it is
 * about that commit; else `git log -1 --format=%cI` in the working directory when the commit is
 * there. Unknown stays '' — never guessed.
 */
async function commitTime(given, commitId, env = process.env, cwd = process.cwd()) {
    if (given) {
        const t = Date.parse(given);
        if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(given))
            throw new UsageError(`commit time must be an ISO 8601 time (2026-11-20T09:30:00Z), got '${given}'`);
        return new Date(t).toISOString();
    }
    if (!/^[0-9a-f]{7,64}$/i.test(commitId))
        return '';
    const fromEvent = githubEventTime(env, commitId);
    if (fromEvent)
        return fromEvent;
    const r = await exec('git', ['-C', cwd, 'log', '-1', '--format=%cI', '--end-of-options', commitId, '--'], { allowFailure: true }).catch(() => undefined);
    const t = r && r.code === 0 ? Date.parse(r.stdout.trim()) : NaN;
    return Number.isNaN(t) ? '' : new Date(t).toISOString();
}
function githubEventTime(env, commitId) {
    if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_EVENT_PATH)
        return '';
    try {
        const event = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const head = event.head_commit;
        if (!head?.id || !head.timestamp || !head.id.toLowerCase().startsWith(commitId.toLowerCase()))
            return '';
        const t = Date.parse(head.timestamp);
        return Number.isNaN(t) ? '' : new Date(t).toISOString();
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./lib/telemetry/ancestry.ts







/**
 * The commits a manifest revision contains (itself and every ancestor), read from the manifest
 * repository named by the pipeline (never from a row or an event: the token goes only there).
 * Only commits and trees of the branches are fetched, no blobs. `undefined` when the repository
 * has no such commit on any branch.
 */
async function manifestAncestors(url, token, revision) {
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_.tmpdir)(), 'ringway-ancestry-'));
    const net = gitAuthEnv(url, token);
    const local = { GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' };
    const git = (args, network = false) => exec('git', ['-c', 'credential.helper=', ...TEMP_CLONE_CONFIG, ...args], { cwd: dir, env: network ? net : local, allowFailure: !network, label: `git ${args[0]}`, ...(network ? { timeout: { ms: networkTimeoutMs(), service: `git server ${displayUrl(url)}` } } : {}) });
    try {
        await git(['init', '-q', '--bare', '.']);
        try {
            await git(['fetch', '-q', '--no-tags', '--filter=blob:none', '--', url, '+refs/heads/*:refs/remotes/manifests/*'], true);
        }
        catch (err) {
            throw err instanceof ExecError ? classifyNetworkError(url, err) : err;
        }
        // Walk from the branch tips rather than look `revision` up: a missing object in a partial
        // clone would be fetched lazily, without the token.
        const branches = await git(['rev-list', '--remotes=manifests']);
        const all = new Set(branches.stdout.split('\n').filter(Boolean));
        if (!all.has(revision))
            return undefined;
        const own = await git(['rev-list', revision]);
        return new Set(own.stdout.split('\n').filter(Boolean));
    }
    finally {
        await removeTempDir(dir);
    }
}

;// CONCATENATED MODULE: ./lib/telemetry/operator-event.ts


const FLUX_KINDS = ['Kustomization', 'HelmRelease'];
// kustomize-controller and helm-controller reasons (fluxcd/pkg apis/meta conditions.go, helm-controller v2 reasons).
const FLUX_SUCCESS = new Set(['ReconciliationSucceeded', 'Succeeded', 'InstallSucceeded', 'UpgradeSucceeded', 'TestSucceeded']);
// Any other reason is progress only (Progressing, ProgressingWithRetry, DependencyNotReady…).
// Everything else at severity error is a failure; these are failures even at info (a rollback means the upgrade did not hold).
const FLUX_FAILED = new Set(['HealthCheckFailed', 'ReconciliationFailed', 'BuildFailed', 'PruneFailed', 'ArtifactFailed', 'InstallFailed', 'UpgradeFailed', 'TestFailed', 'RollbackSucceeded', 'RemediationFailed']);
/** A cluster or ring name as it may be stored and shown: no spaces, quotes or control characters. */
const NAME = /^[\w.:/@-]{1,200}$/;
/** The JSON text of an input: the value itself, or with `@path` the file's content. Errors here name
 * the event; the step adds its input. */
function readEventInput(value) {
    let text = value;
    if (value.startsWith('@')) {
        try {
            text = (0,external_node_fs_namespaceObject.readFileSync)(value.slice(1), 'utf8');
        }
        catch (err) {
            throw new UsageError(`cannot read ${value.slice(1)}: ${err.code ?? 'error'}`);
        }
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new UsageError(`the event is not JSON: ${err.message.split('\n')[0]}`);
    }
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const operator_event_str = (v) => (typeof v === 'string' ? v : '');
/**
 * Unwraps a GitHub repository_dispatch: the webhook event a workflow sees (`github.event`, file
 * `$GITHUB_EVENT_PATH`: `action` + `client_payload`) or the dispatch request body (`event_type` +
 * `client_payload`). Returns the payload and the dispatch type ('' when not wrapped).
 */
function unwrapDispatch(body) {
    if ('client_payload' in body)
        return { payload: body.client_payload, type: operator_event_str(body.event_type) || operator_event_str(body.action) };
    return { payload: body, type: '' };
}
/**
 * The commit a Flux/Argo CD revision names: `main@sha1:<sha>` (Flux ≥ 2.0), `main/<sha>` (Flux
 * < 2.0), `sha1:<sha>`, or a bare 40-hex sha (Argo CD). A chart version or an OCI digest is not a commit.
 */
function commitOfRevision(revision) {
    const r = revision.trim();
    const m = /^(?:.*@)?sha1:([0-9a-f]{40})$/i.exec(r) ?? /^(?:[^@]*\/)?([0-9a-f]{40})$/i.exec(r);
    if (!m)
        throw new UsageError(`revision '${printable(r)}' is not a git commit (expected <branch>@sha1:<sha>, <branch>/<sha> or a 40-hex sha)`);
    return m[1].toLowerCase();
}
/** A value from an event, made safe for one log line (no newlines, no runner commands). */
function printable(s) {
    return s.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/::/g, ': :').replace(/##/g, '# #').slice(0, 200);
}
function operator_event_name(v, what) {
    if (v && !NAME.test(v))
        throw new UsageError(`${what} '${printable(v)}' is not a valid name`);
    return v;
}
function operator_event_time(v) {
    const t = Date.parse(operator_event_str(v));
    return Number.isNaN(t) ? '' : new Date(t).toISOString();
}
/** A Flux notification-controller Event (plain, or inside a repository_dispatch). */
function parseFluxEvent(body) {
    if (!isObj(body))
        throw new UsageError(`the event must be a JSON object (a Flux event)`);
    const { payload, type } = unwrapDispatch(body);
    if (!isObj(payload))
        throw new UsageError(`client_payload must be a JSON object (a Flux event)`);
    const obj = payload.involvedObject;
    if (!isObj(obj))
        throw new UsageError(`the event has no involvedObject: not a Flux notification-controller event`);
    const kind = operator_event_str(obj.kind);
    if (!FLUX_KINDS.includes(kind))
        throw new UsageError(`kind '${printable(kind)}' is not a Kustomization or HelmRelease`);
    const object = printable(`${kind}/${operator_event_str(obj.name)}.${operator_event_str(obj.namespace)}`);
    if (type && type !== object)
        throw new UsageError(`dispatch type '${printable(type)}' does not match the event's object ${printable(object)}`);
    const meta = isObj(payload.metadata) ? payload.metadata : {};
    // Same precedence as the event's GetRevision (fluxcd/pkg): commit, then originRevision, then revision.
    const rev = operator_event_str(meta.commit) || operator_event_str(meta.originRevision) || operator_event_str(meta.revision);
    if (!rev)
        throw new UsageError(`the event for ${printable(object)} carries no revision metadata`);
    const reason = operator_event_str(payload.reason);
    const severity = operator_event_str(payload.severity);
    if (!reason)
        throw new UsageError(`the event has no reason`);
    const outcome = FLUX_FAILED.has(reason) || severity === 'error' ? 'failed' : FLUX_SUCCESS.has(reason) ? 'synced' : 'progressing';
    return {
        operator: 'flux',
        object,
        outcome,
        reason: printable(reason),
        revision: commitOfRevision(rev),
        cluster: operator_event_name(operator_event_str(meta.cluster), 'cluster'),
        ring: operator_event_name(operator_event_str(meta.ring) || operator_event_str(meta.env), 'ring').toLowerCase(),
        at: operator_event_time(payload.timestamp),
    };
}
/**
 * An Argo CD notification in ringway's template (docs/operators.md): app, sync, health, operation,
 * destination. Synced + Healthy is a sync; a failed/errored operation or Degraded health a
 * failure; anything else (Progressing, OutOfSync, Running) is progress only.
 */
function parseArgoEvent(body) {
    if (!isObj(body))
        throw new UsageError(`the notification must be a JSON object (an Argo CD notification)`);
    const { payload } = unwrapDispatch(body);
    if (!isObj(payload) || !isObj(payload.app) || !isObj(payload.sync))
        throw new UsageError(`not ringway's Argo CD template (needs app.name and sync.revision; see docs/operators.md)`);
    const app = operator_event_str(payload.app.name);
    if (!app)
        throw new UsageError(`app.name is empty`);
    const sync = payload.sync;
    const health = isObj(payload.health) ? operator_event_str(payload.health.status) : '';
    const op = isObj(payload.operation) ? payload.operation : {};
    const phase = operator_event_str(op.phase);
    const dest = isObj(payload.destination) ? payload.destination : {};
    const status = operator_event_str(sync.status);
    const outcome = phase === 'Failed' || phase === 'Error' || health === 'Degraded' ? 'failed' : status === 'Synced' && health === 'Healthy' && (!phase || phase === 'Succeeded') ? 'synced' : 'progressing';
    const reason = [phase && `operation ${phase}`, status && `sync ${status}`, health && `health ${health}`].filter(Boolean).join(', ');
    return {
        operator: 'argocd',
        object: `argocd/${printable(app)}`,
        outcome,
        reason: printable(reason),
        revision: commitOfRevision(operator_event_str(sync.revision)),
        cluster: operator_event_name(operator_event_str(dest.name) || operator_event_str(dest.server), 'cluster'),
        ring: operator_event_name(operator_event_str(payload.ring), 'ring').toLowerCase(),
        at: operator_event_time(op.finishedAt) || operator_event_time(payload.time),
    };
}

;// CONCATENATED MODULE: ./lib/telemetry/sync.ts



const lower = (s) => (s ?? '').toLowerCase();
/**
 * Applies an operator event to the deployments of the cluster's ring whose manifest commit is the
 * revision or one of its ancestors (Flux and Argo CD apply the branch head: a later revision syncs
 * every earlier one). Success keeps the earliest sync time per cluster, whatever the arrival
 * order; a failure is recorded on the revision's own deployment, and on the earlier ones this
 * cluster never synced. Progress writes nothing.
 */
async function recordSync(store, ev, ctx) {
    const exact = await store.find({ manifestCommitId: ev.revision });
    let ring = ctx.ring;
    if (!ring) {
        const rings = [...new Set(exact.map((r) => lower(r.env)).filter(Boolean))];
        if (rings.length > 1)
            throw new UsageError(`manifest commit ${ev.revision.slice(0, 7)} is recorded for rings ${rings.join(', ')}: give 'env' (the ring cluster ${ctx.cluster} runs)`);
        ring = rings[0] ?? '';
    }
    if (!ring)
        return { written: [], matched: [], ring, unknown: `manifest commit ${ev.revision} is not a recorded deployment` };
    const inRing = [...(await collect(store, `env eq ${quote(ring)}`))].filter((r) => r.manifestCommitId);
    let contained;
    if (ctx.ancestors) {
        const set = await ctx.ancestors(ev.revision);
        if (!set)
            return { written: [], matched: [], ring, unknown: `manifest commit ${ev.revision} is not on any branch of the manifest repository` };
        contained = inRing.filter((r) => set.has(lower(r.manifestCommitId)));
    }
    else {
        const pushed = exact.map((r) => r.manifestsPushedAt ?? '').filter(Boolean).sort().pop();
        const repos = new Set(exact.map((r) => lower(r.manifestRepo)).filter(Boolean));
        contained = inRing.filter((r) => lower(r.manifestCommitId) === ev.revision || (pushed && r.manifestsPushedAt && r.manifestsPushedAt <= pushed && (!r.manifestRepo || !repos.size || repos.has(lower(r.manifestRepo)))));
    }
    if (!contained.length)
        return { written: [], matched: [], ring, unknown: `manifest commit ${ev.revision} contains no recorded deployment to ${ring}` };
    if (ev.outcome === 'progressing')
        return { written: [], matched: contained, ring };
    const at = ev.at || ctx.now.toISOString();
    const written = [];
    for (const row of contained) {
        const own = lower(row.manifestCommitId) === ev.revision;
        const done = await updateRow(store, row, (current) => {
            const map = clusterSyncs(current);
            const before = JSON.stringify(map[ctx.cluster] ?? {});
            const c = { ...(map[ctx.cluster] ?? {}) };
            if (ev.outcome === 'synced') {
                // An earlier deployment this cluster already runs needs no write for every later revision.
                if (!own && c.syncedAt && !clusterFailed(c))
                    return undefined;
                c.syncedAt = min(c.syncedAt, at);
                c.okAt = max(c.okAt, at);
            }
            else {
                // An earlier deployment this cluster already ran is not failed by a later revision.
                if (!own && c.syncedAt)
                    return undefined;
                if (!c.failedAt || at >= c.failedAt) {
                    c.failedAt = at;
                    c.reason = ev.reason;
                }
            }
            if (JSON.stringify(c) === before)
                return undefined;
            map[ctx.cluster] = c;
            return columns(current, map);
        });
        if (done)
            written.push(done);
    }
    return { written, matched: contained, ring };
}
/** The row columns that follow from the per-cluster map, merged with what manual stages wrote. */
function columns(row, map) {
    const synced = Object.entries(map).filter(([, c]) => c.syncedAt);
    const first = synced.map(([, c]) => c.syncedAt).sort()[0];
    const failed = Object.values(map).map((c) => c.failedAt ?? '').filter(Boolean).sort().pop();
    const names = new Set([...(row.cluster ?? '').split(',').map((s) => s.trim()).filter(Boolean), ...synced.map(([n]) => n)]);
    const out = { clusters: JSON.stringify(map) };
    if (first)
        out.syncedAt = min(row.syncedAt, first);
    if (names.size)
        out.cluster = [...names].sort().join(',');
    if (failed)
        out.syncFailedAt = max(row.syncFailedAt, failed);
    return out;
}
function min(a, b) {
    return a && a < b ? a : b;
}
function max(a, b) {
    return a && a > b ? a : b;
}
async function collect(store, filter) {
    const out = [];
    for await (const r of store.all(filter))
        out.push(r);
    return out;
}
/** Read-modify-write of one row under its ETag; re-read and re-applied on 412. */
async function updateRow(store, row, change) {
    let current = row;
    const rank = STAGES.indexOf('cluster-synced') + 1;
    for (let attempt = 1;; attempt++) {
        const set = change(current);
        if (!set)
            return undefined;
        const r = ranks(current);
        for (const k of Object.keys(set))
            r[k] = Math.max(r[k] ?? 0, rank);
        try {
            await store.update(current, set, r);
            return { ...current, ...set };
        }
        catch (err) {
            const status = err.statusCode;
            if (status !== 412 || attempt >= 30)
                throw err;
            await new Promise((res) => setTimeout(res, Math.random() * 50 * Math.min(attempt, 6)));
            const fresh = await collect(store, `RowKey eq ${quote(row.rowKey)}`);
            if (!fresh[0])
                return undefined;
            current = fresh[0];
        }
    }
}

;// CONCATENATED MODULE: ./lib/steps/record-deployment.ts











const record_deployment_step = {
    name: 'record-deployment',
    title: 'Record deployment',
    description: "Records one stage of a deployment (image built, HLD updated, PR merged, manifests generated or pushed, cluster synced) in the Azure Table that Spektate dashboards read, in bedrock-cli's row format. Each stage finds the deployment's row by its ids and updates it with optimistic concurrency. A telemetry failure is a warning unless fail-on-error is true.",
    azureTaskId: 'e7b5c3a1-2d4f-4b6e-8c9a-1f3e5d7b9a20',
    inputs: [
        { name: 'stage', description: `Stage to record (${STAGES.join(', ')}); default inferred from p1/p2/p3 as bedrock-cli does` },
        { name: 'p1', description: 'Id of the build that built the image' },
        { name: 'p2', description: 'Id of the release/build that updated the HLD' },
        { name: 'p3', description: 'Id of the build that generated the manifests' },
        { name: 'image-tag', description: 'Image tag (Bedrock used <repo-service>:<tag>)' },
        { name: 'commit-id', description: 'Source commit the image was built from' },
        { name: 'service', description: 'Service name' },
        { name: 'hld-commit-id', description: 'HLD commit (the PR commit, or the merge commit once merged)' },
        { name: 'env', description: 'Ring / environment' },
        { name: 'pr', description: 'Pull request id of the HLD change' },
        { name: 'manifest-commit-id', description: 'Manifest repository commit' },
        { name: 'repository', description: 'URL of the repository of this stage (source, HLD or manifest repo)' },
        { name: 'author', description: 'Who made the change' },
        { name: 'pr-url', description: 'Web address of the pull request' },
        { name: 'merged-by', description: 'Who merged the pull request' },
        { name: 'cluster', description: 'Cluster that synced (cluster-synced stage); with an operator event, default the cluster the event names' },
        { name: 'flux-event', description: 'A Flux v2 notification-controller event (generic provider body, or a githubdispatch repository_dispatch event), as JSON text or @file; records cluster-synced or sync-failed for the manifest commit it names' },
        { name: 'argocd-event', description: "An Argo CD notification in ringway's webhook template (docs/operators.md), as JSON text or @file" },
        { name: 'token', description: "Token to read the manifest repository ('repository') when placing an operator event's revision in its history", secret: true },
        { name: 'commit-time', description: 'When the source commit was made (ISO 8601), for lead time; image-built reads it from the GitHub event or `git log` in the working directory when not given' },
        ...storageInputs,
        { name: 'fail-on-error', description: 'Fail the step when telemetry cannot be written (default: warn and go on)', kind: 'boolean', default: 'false' },
    ],
    outputs: [
        { name: 'deployment-id', description: 'RowKey of the deployment row' },
        { name: 'recorded', description: "'true' when the stage was written" },
        { name: 'state', description: 'State of the deployment after this stage' },
        { name: 'sync', description: 'With an operator event: synced, failed, progressing or unknown' },
    ],
    async run(inputs, host) {
        const event = operatorEvent(inputs);
        if (event)
            return recordEvent(event, inputs, host);
        try {
            const get = (n) => inputs.string(n);
            const lower = (n) => get(n).toLowerCase();
            const raw = {
                p1: lower('p1'),
                p2: lower('p2'),
                p3: lower('p3'),
                imageTag: get('image-tag'),
                commitId: lower('commit-id'),
                service: get('service'),
                hldCommitId: lower('hld-commit-id'),
                env: lower('env'),
                pr: lower('pr'),
                manifestCommitId: lower('manifest-commit-id'),
                author: get('author'),
                prUrl: get('pr-url'),
                mergedBy: get('merged-by'),
                cluster: get('cluster'),
            };
            const stage = withInput('stage', () => stageOf(get('stage'), raw));
            // `repository` names the repo of this stage, as in bedrock-cli.
            const repoColumn = { 'image-built': 'sourceRepo', 'hld-updated': 'hldRepo', 'pr-merged': 'hldRepo', 'manifests-generated': 'hldRepo', 'manifests-pushed': 'manifestRepo', 'cluster-synced': 'manifestRepo', 'sync-failed': 'manifestRepo', 'gate-rejected': 'hldRepo', rollback: 'hldRepo' }[stage];
            // Forge URLs are stored in lower case, as Spektate's rows hold them; a local path or file:// URL
            // names a folder, where case matters (the gate fetches from it later), so it is kept as given.
            const repository = get('repository');
            if (repository)
                raw[repoColumn] = /^(file:|\/)/i.test(repository) ? repository : repository.toLowerCase();
            if (stage === 'image-built' || get('commit-time'))
                raw.commitTime = await withInput('commit-time', () => commitTime(get('commit-time'), raw.commitId ?? ''));
            const record = { stage, fields: raw };
            checkRequired(record);
            const store = DeploymentStore.open(storeOptions(get));
            const row = await host.group(`Record ${stage}`, () => recordStage(store, record));
            const state = stateOf(row);
            host.info(`recorded ${stage} in deployment ${row.rowKey} (${state})`);
            await host.summary({
                title: `ringway record-deployment: ${stage}`,
                rows: [
                    ['deployment', 'state', 'service', 'ring', 'image tag', 'HLD commit', 'PR', 'manifest commit'],
                    [row.rowKey, state, row.service ?? '', row.env ?? '', row.imageTag ?? '', row.hldCommitId ?? '', row.pr ?? '', row.manifestCommitId ?? ''],
                ],
            });
            return { 'deployment-id': row.rowKey, recorded: 'true', state };
        }
        catch (err) {
            if (inputs.boolean('fail-on-error'))
                throw err instanceof RingwayError ? err : new RingwayError(redact(errorMessage(err)));
            host.warning(`deployment telemetry not recorded: ${redact(errorMessage(err)).split('\n')[0]}`);
            return { 'deployment-id': '', recorded: 'false', state: '' };
        }
    },
};
/** The operator event given, parsed; bad input is an error whatever fail-on-error says. */
function operatorEvent(inputs) {
    const flux = inputs.string('flux-event');
    const argo = inputs.string('argocd-event');
    if (!flux && !argo)
        return undefined;
    if (flux && argo)
        throw new UsageError("give one of 'flux-event' and 'argocd-event', not both");
    if (inputs.string('stage'))
        throw new UsageError("input 'stage' is taken from the operator event; leave it empty with 'flux-event' or 'argocd-event'");
    return flux ? withInput('flux-event', () => parseFluxEvent(readEventInput(flux))) : withInput('argocd-event', () => parseArgoEvent(readEventInput(argo)));
}
/** Records what an operator event says, on every deployment its revision contains. */
async function recordEvent(ev, inputs, host) {
    const input = ev.operator === 'flux' ? 'flux-event' : 'argocd-event';
    const cluster = inputs.string('cluster') || ev.cluster;
    if (!cluster)
        throw new UsageError(`input '${input}': the event names no cluster; give 'cluster' (or set eventMetadata.cluster on the Flux Alert)`);
    const repo = inputs.string('repository') ? checkRepoUrl(inputs.string('repository'), 'repository') : '';
    const token = inputs.string('token') || undefined;
    const what = `${ev.object} ${ev.reason} at ${ev.revision.slice(0, 7)} on ${printable(cluster)}`;
    const none = { 'deployment-id': '', recorded: 'false', state: '' };
    try {
        const store = DeploymentStore.open(storeOptions((n) => inputs.string(n)));
        const res = await host.group(`Record ${ev.outcome === 'synced' ? 'cluster-synced' : ev.outcome === 'failed' ? 'sync-failed' : 'progress'} from ${ev.operator}`, () => recordSync(store, ev, {
            cluster,
            ring: inputs.string('env').toLowerCase() || ev.ring,
            ancestors: repo ? (rev) => manifestAncestors(repo, token, rev) : undefined,
            now: new Date(),
        }));
        if (res.unknown) {
            host.warning(`${what}: ${res.unknown}${repo ? ` in ${displayUrl(repo)}` : ''}; nothing recorded`);
            return { ...none, state: 'unknown', sync: 'unknown' };
        }
        const ids = res.matched.map((r) => r.rowKey).join(',');
        const latest = new Map(res.written.map((r) => [r.rowKey, r]));
        const rows = res.matched.map((r) => latest.get(r.rowKey) ?? r);
        // The state of the revision's own deployment(s); of all it contains when none is its own.
        const own = rows.filter((r) => r.manifestCommitId === ev.revision);
        const states = [...new Set((own.length ? own : rows).map(stateOf))];
        if (ev.outcome === 'progressing')
            host.info(`${what}: in progress, nothing recorded (deployments ${ids})`);
        else
            host.info(`${what}: ${ev.outcome === 'synced' ? 'cluster-synced' : 'sync-failed'} for ${res.matched.length} deployment(s) to ${res.ring} (${res.written.length} changed): ${ids}`);
        await host.summary({
            title: `ringway record-deployment: ${printable(ev.object)} ${ev.outcome} on ${printable(cluster)}`,
            rows: [
                ['deployment', 'state', 'service', 'ring', 'image tag', 'manifest commit', `${printable(cluster)}`],
                ...rows.map((r) => {
                    const c = clusterSyncs(r)[cluster];
                    return [r.rowKey, stateOf(r), r.service ?? '', r.env ?? '', r.imageTag ?? '', r.manifestCommitId ?? '', c?.syncedAt ? `synced ${c.syncedAt}` : c?.failedAt ? `failed ${c.failedAt}` : ''];
                }),
            ],
        });
        return { 'deployment-id': ids, recorded: res.written.length ? 'true' : 'false', state: states.join(','), sync: ev.outcome };
    }
    catch (err) {
        if (inputs.boolean('fail-on-error'))
            throw err instanceof RingwayError ? err : new RingwayError(redact(errorMessage(err)));
        host.warning(`deployment telemetry not recorded: ${redact(errorMessage(err)).split('\n')[0]}`);
        return { ...none, sync: '' };
    }
}

;// CONCATENATED MODULE: ./lib/telemetry/rollback.ts





const rollback_same = (a, b) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
/** Every recorded deployment of `service` to `ring`. */
async function ringRows(store, service, ring) {
    const out = [];
    for await (const row of store.all(`env eq ${quote(ring.toLowerCase())}`))
        if (matchesService(row, service))
            out.push(row);
    return out;
}
/** The deployment of `tag` a rollback replaces: the newest one in the ring not already rolled back. */
function currentDeployment(rows, tag) {
    return rows.filter((r) => rollback_same(r.imageTag, tag) && !r.rolledBackAt).sort(newestFirst)[0];
}
/** Tags rolled back in this ring: never chosen again by a rollback, never promoted past it by the gate. */
function rolledBackTags(rows) {
    return new Set(rows.filter((r) => r.rolledBackAt && r.imageTag).map((r) => r.imageTag.toLowerCase()));
}
/**
 * The last tag that reached synced in the ring before the current deployment of `current` started,
 * and was not rolled back itself; undefined when there is none.
 */
function previousGoodTag(rows, current) {
    // Before the current deployment reached the ring (not before its image was built: a good tag may
    // reach the ring in between; not before an earlier deployment of the same tag).
    const mine = currentDeployment(rows, current);
    const since = (mine && ringStartedAt(mine)) || '\uffff';
    const bad = rolledBackTags(rows);
    const good = rows
        .filter((r) => r.syncedAt && r.imageTag && !rollback_same(r.imageTag, current) && !bad.has(r.imageTag.toLowerCase()) && r.syncedAt <= since)
        .sort((a, b) => (a.syncedAt < b.syncedAt ? 1 : -1));
    return good.length ? { tag: good[0].imageTag, row: good[0] } : undefined;
}
/**
 * Records a rollback: a new deployment of the previous tag to the ring (stage `rollback`, linked to
 * the one it replaces by `rollbackOf`), and marks the replaced deployment rolled back, by whom and why.
 */
async function recordRollback(store, r, now = new Date()) {
    const fields = {
        imageTag: r.toTag,
        env: r.ring.toLowerCase(),
        service: r.service,
        hldCommitId: r.hldCommitId.toLowerCase(),
        pr: r.pr.toLowerCase(),
        prUrl: r.prUrl,
        hldRepo: r.hldRepo.toLowerCase(),
        p2: r.p2.toLowerCase(),
        rollbackOf: r.from?.rowKey ?? '',
        rollbackReason: r.reason,
    };
    const row = await recordStage(store, { stage: 'rollback', fields }, now);
    if (r.from)
        await markRolledBack(store, r.from.rowKey, { rolledBackBy: row.rowKey, rolledBackAt: now.toISOString(), rollbackReason: r.reason });
    return row;
}
async function markRolledBack(store, rowKey, fields) {
    for (let attempt = 1;; attempt++) {
        const [row] = await store.findAny([{ RowKey: rowKey }]);
        if (!row)
            throw new RingwayError(`telemetry: deployment ${rowKey} disappeared while it was being marked rolled back`);
        const c = changes(row, fields, rankOf('rollback'));
        try {
            await store.update(row, c.set, c.ranks);
            return;
        }
        catch (err) {
            if (err.statusCode !== 412 || attempt >= 20)
                throw err;
        }
    }
}

;// CONCATENATED MODULE: ./lib/hld/component-path.ts



/**
 * Proves a dotted subcomponent path (`trivia.frontend.dev`) names components of the HLD, as far
 * as the local files tell (a remote git component ends the check: its insides are not fetched).
 */
async function checkComponentPath(root, componentDir, path, shown) {
    let dir = componentDir;
    let def = await loadDefinition(dir, '.');
    for (const [i, name] of path.entries()) {
        const sub = def.subcomponents.find((s) => s.name === name);
        const where = path.slice(0, i).join('.') || def.name;
        if (!sub) {
            const known = def.subcomponents.map((s) => s.name).join(', ') || 'none';
            throw new RingwayError(`component '${shown}': '${name}' is not a subcomponent of '${where}' (it has: ${known})`);
        }
        if (i === path.length - 1)
            return;
        if (isInlined(sub))
            throw new RingwayError(`component '${shown}': '${name}' is a ${sub.type} component and has no subcomponents`);
        if (sub.method === 'git')
            return;
        dir = await containedPath(root, dir, `${sub.source || '.'}/${sub.path || '.'}`, `component '${shown}'`);
        def = await loadDefinition(dir, path.slice(0, i + 1).join('/'));
    }
}

;// CONCATENATED MODULE: ./lib/steps/update-hld.ts

















const update_hld_step = {
    name: 'update-hld',
    title: 'Update HLD',
    description: 'Sets values (by default the image tag) in a Fabrikate HLD with `fab set` semantics, keeping the rest of the config file byte for byte, and proposes the change through a pull request (GitHub, Azure DevOps, or a local merge) or pushes it directly. Re-runs update the same pull request; a change already on the branch does nothing.',
    azureTaskId: '9d3e7b21-4c5a-4e8f-b1d6-3a2c8f7e6d54',
    inputs: [
        { name: 'hld-repo', description: 'URL of the HLD repository', required: true },
        { name: 'branch', description: "Branch the change is for; empty = the repository's default branch" },
        { name: 'hld-path', description: 'Folder of the component whose config is edited (where fab set would run)', default: '.' },
        { name: 'component', description: 'Dotted subcomponent path from that component (fab set --subcomponent), e.g. trivia.frontend.dev' },
        { name: 'environment', description: 'Config file to edit: config/<environment>.yaml', default: 'common' },
        { name: 'set', description: 'Lines of key.path=value, or component:key.path=value for another component', kind: 'multiline' },
        { name: 'image-tag', description: 'Shorthand for set image.tag=<tag>' },
        { name: 'image-repository', description: 'Shorthand for set image.repository=<repository>' },
        { name: 'service', description: 'Service name, for the branch name and messages; default the last component segment' },
        { name: 'ring', description: 'Ring (environment of the deployment), for the branch name; default the environment input' },
        { name: 'pull-request', description: 'Propose the change through a pull request; false pushes it to the branch directly', kind: 'boolean', default: 'true' },
        { name: 'pr-branch', description: 'Branch name template; {service} {ring} {tag} {component} {environment} {build-id}', default: 'DEPLOY/{service}-{ring}-{tag}', visibleWhen: 'pull-request = true' },
        { name: 'provider', description: 'Pull request provider; auto picks it from the repository URL', options: [...PROVIDERS], default: 'auto', visibleWhen: 'pull-request = true' },
        { name: 'api-url', description: 'REST API root for GitHub Enterprise (https://host/api/v3) or an Azure DevOps server collection', visibleWhen: 'pull-request = true' },
        { name: 'auto-merge', description: 'Enable auto-merge (GitHub) or auto-complete (Azure DevOps) on the pull request', kind: 'boolean', default: 'false', visibleWhen: 'pull-request = true' },
        { name: 'merge-method', description: 'How an auto-merged pull request is merged', options: ['merge', 'squash', 'rebase'], default: 'merge', visibleWhen: 'auto-merge = true' },
        { name: 'labels', description: 'Labels for the pull request', kind: 'list', visibleWhen: 'pull-request = true' },
        { name: 'reviewers', description: 'Reviewers to request (GitHub logins; Azure DevOps identity ids)', kind: 'list', visibleWhen: 'pull-request = true' },
        { name: 'message', description: 'Commit message and pull request title; default names the service, tag and build' },
        { name: 'max-attempts', description: 'How many times a rejected direct push is re-applied and retried', default: '8' },
        ...gitInputs,
    ],
    outputs: [
        { name: 'changed', description: "'true' when the HLD differs from the branch and a commit was made" },
        { name: 'commit', description: 'HLD commit holding the change (the merge commit for the local provider)' },
        { name: 'branch', description: 'Branch pushed to (the pull request branch, or the target in direct mode)' },
        { name: 'pull-request-number', description: 'Pull request number or id', aliases: ['pr-number'] },
        { name: 'pull-request-url', description: 'Pull request web address', aliases: ['pr-url'] },
    ],
    async run(inputs, host) {
        const component = inputs.string('component') ? withInput('component', () => splitKeyPath(inputs.string('component'))) : [];
        const environment = checkEnvironment(inputs.string('environment'));
        const edits = collectEdits(inputs.lines('set'), component, inputs.string('image-tag'), inputs.string('image-repository'));
        const tag = inputs.string('image-tag') || edits.flatMap((e) => e.pairs).find((p) => p.keyPath.join('.') === 'image.tag')?.value || '';
        const service = inputs.string('service') || component[component.length - 1] || 'hld';
        const ring = inputs.string('ring') || environment;
        const message = inputs.string('message') || update_hld_defaultMessage(service, tag, edits, environment);
        const body = pullRequestBody(host.build, edits, environment);
        const r = await changeHld(inputs, host, 'update-hld', async () => ({ edits, message, body, branchValues: { service, ring, tag, component: component.join('.'), environment } }));
        return { changed: String(r.changed), commit: r.commit, branch: r.branch, 'pull-request-number': r.prNumber, 'pull-request-url': r.prUrl };
    },
};
function checkEnvironment(environment) {
    return withInput('environment', () => checkEnvironmentName(environment));
}
/**
 * Checks out the HLD named by the repository inputs (hld-repo, branch, hld-path, pull-request,
 * provider, …), lets `plan` decide the change on that checkout, and lands it: a direct push
 * re-applied on a moved tip, or a pull request (re-runs update the open one). Shared by update-hld
 * and rollback, so both take the same reviewed path with the same concurrency safety.
 */
async function changeHld(inputs, host, stepName, plan, opts = {}) {
    const settings = {
        url: checkRepoInput(inputs.string('hld-repo'), 'hld-repo'),
        hldPath: safeRelativePath(inputs.string('hld-path'), 'hld-path'),
        environment: checkEnvironment(inputs.string('environment')),
        token: inputs.string('token'),
        dryRun: inputs.boolean('dry-run'),
        // Checked before any network work, so a bad value fails at once with nothing fetched.
        maxAttempts: inputs.integer('max-attempts', 1),
    };
    // The branch template's placeholders too (their values come later, from the checkout).
    if (inputs.boolean('pull-request')) {
        const placeholders = [...BRANCH_PLACEHOLDERS, ...(stepName === 'rollback' ? ['from-tag'] : [])];
        branchName(inputs.string('pr-branch'), Object.fromEntries(placeholders.map((k) => [k, 'x'])));
    }
    const work = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_.tmpdir)(), 'ringway-hld-'));
    try {
        const planned = await collectChange(inputs, host, settings, work, plan, opts.depth);
        return inputs.boolean('pull-request') ? await landPullRequest(inputs, host, stepName, settings, planned) : await landDirect(host, stepName, settings, planned);
    }
    finally {
        await removeTempDir(work, (l) => host.debug(l));
    }
}
/** Collect: the checkout, the plan made on it, its components checked, and how to apply it. */
async function collectChange(inputs, host, settings, work, plan, depth) {
    const { url, hldPath, environment, token } = settings;
    const repo = await host.group(`Fetch ${displayUrl(url)}`, async () => {
        // git's answer names the server; the error adds the input it came from.
        const r = await withInput('hld-repo', () => GitRepo.checkout({ url, branch: inputs.string('branch'), dir: work, token: token || undefined, identity: { name: inputs.string('git-user-name'), email: inputs.string('git-user-email') }, depth }));
        host.info(r.branchExists ? `fetched ${r.branch} at ${await r.head()}` : `branch ${r.branch} does not exist yet: the push creates it`);
        return r;
    });
    const componentDir = await containedPath(work, work, hldPath, "input 'hld-path'");
    const change = await plan({ repo, work, componentDir, environment });
    const { edits, guard } = change;
    for (const e of edits)
        await withInput(e.input ?? 'component', () => checkComponentPath(work, componentDir, e.component, e.component.join('.')));
    const apply = async () => {
        await guard?.();
        // The config file may be a committed link: it must not lead the write out of the checkout.
        for (const ext of ['yaml', 'json'])
            await assertResolvesInside(work, (0,external_node_path_namespaceObject.join)(componentDir, 'config', `${environment}.${ext}`), "input 'hld-path'");
        for (const e of edits)
            await setConfig({ componentDir, environment, subcomponent: e.component, pairs: e.pairs });
    };
    const rows = [['component', 'environment', 'key', 'value'], ...edits.flatMap((e) => e.pairs.map((p) => [e.component.join('.') || '(root)', environment, p.keyPath.join('.'), p.value]))];
    return { repo, change, apply, rows };
}
/** Direct: commit to the branch and push, re-applied on the new tip when another pipeline pushed first. */
async function landDirect(host, stepName, settings, { repo, change, apply, rows }) {
    const { message, body } = change;
    const r = await host.group(`Commit to ${repo.branch}`, () => commitAndPush({ repo, apply, message: `${message}\n\n${body}\n`, dryRun: settings.dryRun, maxAttempts: settings.maxAttempts, log: (l) => host.info(l) }));
    host.info(r.changed ? `${r.pushed ? 'pushed' : 'dry run: did not push'} ${r.commit} to ${repo.branch}` : `${repo.branch} already has these values`);
    await host.summary({ title: `ringway ${stepName}: ${r.changed ? `committed to ${repo.branch}` : 'no change'}`, rows });
    return { changed: r.changed, commit: r.commit, branch: repo.branch, prNumber: '', prUrl: '' };
}
/** Pull request: push the change to its own branch (unless it already holds it) and open or update the pull request. */
async function landPullRequest(inputs, host, stepName, settings, { repo, change, apply, rows }) {
    const { url, token, dryRun } = settings;
    const { message, body, branchValues } = change;
    await apply();
    if (!(await repo.stage())) {
        host.info(`${repo.branch} already has these values: no branch, no pull request`);
        await host.summary({ title: `ringway ${stepName}: no change`, rows });
        return { changed: false, commit: await repo.head(), branch: '', prNumber: '', prUrl: '' };
    }
    // Resolved before anything is pushed: a wrong provider or missing token must leave no branch.
    const forge = withInput('provider', () => pullRequestForge(inputs.string('provider'), url));
    // The repository URL's errors already name 'hld-repo'; what is left is about the token.
    const provider = withInput('token', () => providerFor({ provider: forge, url, apiUrl: inputs.string('api-url'), token, repo }));
    if (!dryRun)
        await provider.preflight();
    const prBranch = branchName(inputs.string('pr-branch'), { ...branchValues, 'build-id': host.build.buildId });
    // A re-run for the same change: the open branch already holds exactly this tree.
    const existing = await repo.fetchBranch(prBranch, { depth: 1, allowFailure: true });
    let commit = '';
    if (existing.code === 0 && (await repo.git(['diff', '--cached', '--quiet', `refs/remotes/origin/${prBranch}`], { allowFailure: true })).code === 0) {
        commit = (await repo.git(['rev-parse', `refs/remotes/origin/${prBranch}`])).stdout.trim();
        host.info(`branch ${prBranch} already holds this change (${commit})`);
    }
    else {
        commit = await repo.commit(`${message}\n\n${body}\n`);
        if (!dryRun && !(await repo.push(prBranch, { force: true })))
            throw new UsageError(`could not push branch '${prBranch}'`);
    }
    if (dryRun) {
        host.info(`dry run: would push ${commit} to ${prBranch} and open a pull request into ${repo.branch}`);
        return { changed: true, commit, branch: prBranch, prNumber: '', prUrl: '' };
    }
    const pr = await host.group(`Pull request ${prBranch} → ${repo.branch} (${provider.name})`, () => provider.openOrUpdate({
        sourceBranch: prBranch,
        targetBranch: repo.branch,
        title: message.split('\n')[0],
        body,
        labels: inputs.list('labels'),
        reviewers: inputs.list('reviewers'),
        autoMerge: inputs.boolean('auto-merge'),
        mergeMethod: inputs.string('merge-method'),
        // Local merges: others changed the same lines meanwhile, so make the change again on their tip.
        reapply: async () => {
            await apply();
            if (!(await repo.stage()))
                return false;
            await repo.commit(`${message}\n\n${body}\n`);
            return true;
        },
    }));
    const what = pr.mergeCommit ? `merged into ${repo.branch} as ${pr.mergeCommit}` : `${pr.created ? 'opened' : 'updated'} pull request ${pr.number}: ${pr.url}`;
    host.info(what);
    await host.summary({ title: `ringway ${stepName}: ${what}`, rows });
    return { changed: true, commit: pr.mergeCommit ?? commit, branch: prBranch, prNumber: pr.number, prUrl: pr.url };
}
function collectEdits(lines, component, imageTag, imageRepository) {
    const byComponent = new Map();
    const add = (comp, pair, input = 'component') => {
        const k = comp.join('.');
        const e = byComponent.get(k) ?? { component: comp, pairs: [], input };
        e.pairs.push(pair);
        byComponent.set(k, e);
    };
    for (const line of lines) {
        const m = /^([^=:\s]+):([^=]+=.*)$/.exec(line);
        withInput('set', () => (m ? add(splitKeyPath(m[1]), parseSetArg(m[2]), 'set') : add(component, parseSetArg(line))));
    }
    if (imageTag)
        add(component, { keyPath: ['image', 'tag'], value: imageTag });
    if (imageRepository)
        add(component, { keyPath: ['image', 'repository'], value: imageRepository });
    if (byComponent.size === 0)
        throw new UsageError("nothing to set: give 'image-tag', 'image-repository' or 'set'");
    return [...byComponent.values()];
}
/** Placeholders of update-hld's pr-branch template (rollback adds {from-tag}). */
const BRANCH_PLACEHOLDERS = ['service', 'ring', 'tag', 'component', 'environment', 'build-id'];
/** Fills the branch template and makes the result a valid git branch name. */
function branchName(template, values) {
    const filled = fillTemplate(template, values, "input 'pr-branch'");
    const clean = filled
        .replace(/[\s~^:?*[\\\x00-\x1f\x7f]+/g, '-')
        .replace(/\.\.+/g, '.')
        .replace(/@\{/g, '-')
        .replace(/\/+/g, '/')
        .replace(/-{2,}/g, '-')
        .replace(/(^[/.-]+)|([/.-]+$)|(\.lock$)/g, '')
        .replace(/\/\./g, '/');
    if (!clean)
        throw new UsageError(`input 'pr-branch': '${template}' gives an empty branch name`);
    return checkRef(clean, 'pr-branch');
}
function update_hld_defaultMessage(service, tag, edits, environment) {
    // Bedrock's wording, so history and dashboards read the same after the switch.
    if (tag)
        return `Updating ${service} image tag to ${tag}.`;
    const pairs = edits.flatMap((e) => e.pairs.map((p) => `${p.keyPath.join('.')}=${p.value}`));
    return `Updating ${service} (${environment}): ${pairs.join(', ')}`;
}
function pullRequestBody(build, edits, environment) {
    const lines = edits.flatMap((e) => e.pairs.map((p) => `- \`${e.component.join('.') || '(root)'}\` ${environment}: \`${p.keyPath.join('.')}\` = \`${p.value}\``));
    const origin = build.pipeline || build.buildId ? `PR created by: ${build.pipeline || 'pipeline'} with buildId: ${build.buildId} and buildNumber: ${build.buildNumber}` : 'PR created by: ringway';
    return [origin, ...(build.buildUrl ? [`Build: ${build.buildUrl}`] : []), ...(build.commit ? [`Source commit: ${build.commit}`] : []), '', ...lines].join('\n');
}

;// CONCATENATED MODULE: ./lib/steps/rollback.ts











/** update-hld's repository inputs, reused as they are (one definition), with rollback's branch name. */
const REPO_INPUTS = ['hld-repo', 'branch', 'hld-path', 'component', 'environment', 'pull-request', 'pr-branch', 'provider', 'api-url', 'auto-merge', 'merge-method', 'labels', 'reviewers', 'max-attempts', 'token', 'git-user-name', 'git-user-email', 'dry-run', 'timeout'];
const repoInputs = REPO_INPUTS.flatMap((name) => update_hld_step.inputs.filter((d) => d.name === name)).map((d) => {
    if (d.name === 'pr-branch')
        return { ...d, description: 'Branch name template; {service} {ring} {tag} (the tag put back) {from-tag} {component} {environment} {build-id}', default: 'ROLLBACK/{service}-{ring}-{tag}' };
    if (d.name === 'component')
        return { ...d, description: 'Dotted subcomponent path holding the service in this ring (fab set --subcomponent); default the service name' };
    return d;
});
// Storage is optional here: without it the previous tag comes from the HLD's history.
const optionalStorage = storageInputs.filter((d) => !repoInputs.some((r) => r.name === d.name)).map((d) => ({ ...d, required: false }));
/** Trailer naming the tag a rollback commit took out, so the history shows it was rolled back. */
const TRAILER = 'Ringway-Rolled-Back';
const rollback_step = {
    name: 'rollback',
    title: 'Roll back',
    description: "Puts the previous good image tag of a service back in a ring through the same reviewed path as any change: a commit to the HLD (pull request or direct push, like update-hld), never an edit of the cluster. Without to-tag it picks the last tag synced in that ring before the current one and not itself rolled back, from the deployment records when storage is given, else from the HLD's history. Records a rollback stage linking the rolled-back deployment and the new one.",
    azureTaskId: '6f1d2b8a-7c3e-4a59-b0e4-2d8c5f9a1e63',
    inputs: [
        { name: 'service', description: 'Service to roll back (as recorded by record-deployment)', required: true },
        { name: 'ring', description: 'Ring to roll back', required: true },
        { name: 'to-tag', description: 'Tag to put back; default the last tag synced in the ring before the current one and not rolled back' },
        { name: 'reason', description: 'Why, for the commit, the pull request and the record (e.g. the gate reason)' },
        { name: 'rings', description: 'Rings in promotion order', kind: 'list', default: 'dev,staging,prod' },
        { name: 'key', description: 'Config key holding the tag', default: 'image.tag' },
        ...repoInputs,
        ...optionalStorage,
    ],
    outputs: [
        { name: 'from-tag', description: 'Tag rolled back (what the ring ran)' },
        { name: 'to-tag', description: 'Tag put back' },
        { name: 'changed', description: "'true' when a commit was made" },
        { name: 'commit', description: 'HLD commit holding the rollback (the merge commit for the local provider)' },
        { name: 'branch', description: 'Branch pushed to' },
        { name: 'pull-request-number', description: 'Pull request number or id', aliases: ['pr-number'] },
        { name: 'pull-request-url', description: 'Pull request web address', aliases: ['pr-url'] },
        { name: 'deployment-id', description: 'Deployment row of the rollback (with storage)' },
    ],
    async run(inputs, host) {
        const service = inputs.require('service');
        const rings = inputs.list('rings').map((r) => r.trim().toLowerCase()).filter(Boolean);
        const ring = inputs.require('ring').trim().toLowerCase();
        // A ring outside the rings given is bad usage (exit 2); what the HLD and the records hold is
        // checked below and fails the step (exit 1), naming the input all the same.
        if (!rings.includes(ring))
            throw new UsageError(`input 'ring': '${ring}' is not one of the rings ${rings.join(', ')}`);
        const wanted = inputs.string('to-tag');
        const reason = inputs.string('reason');
        const keyPath = splitKeyPath(inputs.string('key') || 'image.tag');
        const componentInput = inputs.string('component');
        const component = splitKeyPath(componentInput || service);
        const storage = inputs.string('connection-string') || inputs.string('account-name');
        const store = storage ? DeploymentStore.open(storeOptions((n) => inputs.string(n))) : undefined;
        let fromTag = '';
        let toTag = '';
        let fromRow;
        const result = await changeHld(inputs, host, 'rollback', async ({ repo, work, componentDir, environment }) => {
            const file = await configFile(componentDir, environment);
            const shown = `${(0,external_node_path_namespaceObject.relative)(work, file) || file}`;
            // Read only inside the checkout: a committed link must not lead the read elsewhere.
            const current = async () => {
                await assertResolvesInside(work, file, "input 'hld-path'");
                return (await exists(file)) ? readConfigValue(await (0,promises_namespaceObject.readFile)(file, 'utf8'), shown, component, keyPath) : undefined;
            };
            const named = componentInput ? `component '${componentInput}'` : `service '${service}' (component '${service}')`;
            const now = await current().catch((e) => {
                throw new RingwayError(`${shown}: ${errorMessage(e)}`);
            });
            if (!now)
                throw new RingwayError(`input '${componentInput ? 'component' : 'service'}': ${named} has no ${keyPath.join('.')} in ${shown}; nothing to roll back`);
            fromTag = now;
            if (store) {
                const rows = await ringRows(store, service, ring);
                if (!rows.length)
                    throw new RingwayError(`input 'service': no deployment of '${service}' to ${ring} is recorded`);
                fromRow = currentDeployment(rows, fromTag);
                if (wanted) {
                    if (!rows.some((r) => r.imageTag?.toLowerCase() === wanted.toLowerCase() && (r.syncedAt || r.manifestCommitId)))
                        throw new RingwayError(`input 'to-tag': ${wanted} was never deployed to ${ring} (no deployment of ${service} with that tag is recorded there)`);
                    toTag = wanted;
                }
                else {
                    const prev = previousGoodTag(rows, fromTag);
                    const skipped = [...rolledBackTags(rows)];
                    if (!prev)
                        throw new RingwayError(`input 'to-tag': no previous good tag of ${service} in ${ring}: no other tag reached synced there before ${fromTag}${skipped.length ? ` (rolled back: ${skipped.join(', ')})` : ''}; name one with 'to-tag'`);
                    toTag = prev.tag;
                }
            }
            else {
                const history = await valueHistory(repo, (0,external_node_path_namespaceObject.relative)(work, file), component, keyPath);
                if (wanted) {
                    if (!history.values.includes(wanted))
                        throw new RingwayError(`input 'to-tag': ${wanted} was never deployed to ${ring} (${shown} of ${named} never held it)`);
                    toTag = wanted;
                }
                else {
                    // Newest first: past the current tag's own commits, the first value not rolled back.
                    const past = history.values.slice(Math.max(0, history.values.findIndex((v) => v !== fromTag)));
                    toTag = past.find((v) => v !== fromTag && !history.rolledBack.has(v)) ?? '';
                    if (!toTag)
                        throw new RingwayError(`input 'to-tag': no previous good tag of ${service} in ${ring}: ${shown} held no other ${keyPath.join('.')} before ${fromTag}${history.rolledBack.size ? ` (rolled back: ${[...history.rolledBack].join(', ')})` : ''}; name one with 'to-tag'`);
                }
            }
            if (toTag === fromTag)
                throw new RingwayError(`input 'to-tag': ${ring} already runs ${toTag}; nothing to roll back`);
            host.info(`rolling back ${service} in ${ring}: ${fromTag} → ${toTag}${reason ? ` (${reason})` : ''}`);
            const edits = [{ component, pairs: [{ keyPath, value: toTag }] }];
            const body = [
                `Rolls ${service} in ${ring} back from ${fromTag} to ${toTag}.`,
                `Reason: ${reason || 'not given'}`,
                ...(fromRow ? [`Rolled-back deployment: ${fromRow.rowKey}`] : []),
                '',
                pullRequestBody(host.build, edits, environment),
                '',
                `${TRAILER}: ${fromTag}`,
            ].join('\n');
            return {
                edits,
                message: `Rolling back ${service} in ${ring} from ${fromTag} to ${toTag}.`,
                body,
                branchValues: { service, ring, tag: toTag, 'from-tag': fromTag, component: component.join('.'), environment },
                // Re-applied on a moved tip: only while the ring still runs the tag being rolled back.
                guard: async () => {
                    const v = await current();
                    if (v !== fromTag && v !== toTag)
                        throw new RingwayError(`${ring} moved on from ${fromTag} to ${v ?? 'nothing'} while rolling back; nothing pushed — run rollback again`);
                },
            };
        }, { depth: store ? undefined : 1000 });
        let deploymentId = '';
        if (store && result.commit && !inputs.boolean('dry-run')) {
            try {
                const row = await recordRollback(store, { service, ring, toTag, from: fromRow, hldCommitId: result.commit, pr: result.prNumber, prUrl: result.prUrl, hldRepo: inputs.string('hld-repo'), p2: host.build.buildId, reason });
                deploymentId = row.rowKey;
                host.info(`recorded rollback deployment ${row.rowKey}${fromRow ? ` (replaces ${fromRow.rowKey})` : ''}`);
            }
            catch (err) {
                host.warning(`rollback not recorded: ${redact(errorMessage(err)).split('\n')[0]}`);
            }
        }
        return {
            'from-tag': fromTag,
            'to-tag': toTag,
            changed: String(result.changed),
            commit: result.commit,
            branch: result.branch,
            'pull-request-number': result.prNumber,
            'pull-request-url': result.prUrl,
            'deployment-id': deploymentId,
        };
    },
};
/** The environment's config file, as setConfig picks it (YAML, else an existing JSON). */
async function configFile(componentDir, environment) {
    const yaml = (0,external_node_path_namespaceObject.join)(componentDir, 'config', `${environment}.yaml`);
    const json = (0,external_node_path_namespaceObject.join)(componentDir, 'config', `${environment}.json`);
    return !(await exists(yaml)) && (await exists(json)) ? json : yaml;
}
/**
 * The values the key held along the branch's mainline, newest first (consecutive repeats
 * collapsed), and the tags rollback commits took out (their trailer).
 */
async function valueHistory(repo, path, component, keyPath) {
    const log = await repo.git(['log', '--first-parent', '--format=%H', '--', path], { allowFailure: true });
    const values = [];
    for (const sha of log.stdout.split('\n').filter(Boolean)) {
        const show = await repo.git(['show', `${sha}:${path}`], { allowFailure: true });
        let v;
        try {
            v = show.code === 0 ? readConfigValue(show.stdout, path, component, keyPath) : undefined;
        }
        catch {
            v = undefined; // an old revision that does not parse holds no usable value
        }
        if (v && values[values.length - 1] !== v)
            values.push(v);
    }
    const trailers = await repo.git(['log', `--format=%(trailers:key=${TRAILER},valueonly)`, '--', path], { allowFailure: true });
    return { values, rolledBack: new Set(trailers.stdout.split('\n').map((l) => l.trim()).filter(Boolean)) };
}

;// CONCATENATED MODULE: ./lib/steps/index.ts








/**
 * Every step that ships. A step appears on a surface (action, task, CLI) only when listed here,
 * and it is listed only when it works. Keep alphabetical.
 */
const steps = [
    step,
    gate_step,
    generate_step,
    metrics_step,
    push_manifests_step,
    record_deployment_step,
    rollback_step,
    update_hld_step,
];
function findStep(name) {
    return steps.find((s) => s.name === name);
}

;// CONCATENATED MODULE: ./lib/metrics/charts.ts

/**
 * The dashboard's charts as inline SVG: deployments per week per ring, median lead time per week,
 * failure rate per week. Self-contained (own <style>, no script, no external reference), so the
 * page stays one file that makes no request.
 */
const W = 360;
const H = 200;
const PAD = { left: 40, right: 8, top: 10, bottom: 26 };
const PALETTE = ['#0969da', '#bf8700', '#1a7f37', '#8250df', '#cf222e', '#57606a', '#1b7c83', '#9a6700'];
const RING_ORDER = ['dev', 'development', 'test', 'qa', 'int', 'staging', 'stage', 'preprod', 'canary', 'prod', 'production'];
const CSS = `
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:12px;padding:0 24px 12px}
.chart{margin:0;background:#fff;border:1px solid var(--line,#dfe3ea);border-radius:8px;padding:10px 12px;min-width:0}
.chart figcaption{font-weight:600;font-size:14px}.chart figcaption span{display:block;font-weight:400;font-size:12px;color:var(--muted,#5c6475)}
.chart svg{display:block;width:100%;height:auto;margin-top:6px}.chart text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#5c6475}
.chart .grid{stroke:#eef1f5}.chart .axis{stroke:#c7ccd5}.chart .empty{font-size:13px;fill:#5c6475}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;font-size:12px;color:var(--muted,#5c6475);margin-top:4px}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
@media (max-width:600px){.charts{padding:0 12px 12px}}
`;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n) => Math.round(n * 10) / 10;
/** A round upper bound and 4 steps to it. */
function scale(max) {
    if (max <= 0)
        return [0, 1];
    const step0 = max / 4;
    const mag = 10 ** Math.floor(Math.log10(step0));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= step0) ?? 10 * mag;
    return Array.from({ length: Math.ceil(max / step - 1e-9) + 1 }, (_, i) => i * step);
}
function charts_frame(ticks, label, weeks) {
    const top = ticks[ticks.length - 1];
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const band = plotW / Math.max(1, weeks.length);
    const y = (v) => r1(PAD.top + plotH - (v / top) * plotH).toString();
    const x = (i) => r1(PAD.left + band * i);
    const every = weeks.length > 8 ? 2 : 1;
    const parts = ticks.map((t) => `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t)}" y2="${y(t)}"/><text x="${PAD.left - 4}" y="${y(t)}" dy="4" text-anchor="end">${esc(label(t))}</text>`);
    parts.push(`<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(0)}" y2="${y(0)}"/>`);
    weeks.forEach((w, i) => {
        if ((weeks.length - 1 - i) % every === 0)
            parts.push(`<text x="${r1(x(i) + band / 2)}" y="${H - 8}" text-anchor="middle">${w.week.slice(5)}</text>`);
    });
    return { y, x, band, svg: parts.join('') };
}
function figure(id, title, sub, aria, body, legend = '') {
    return `<figure class="chart" id="${id}"><figcaption>${esc(title)}<span>${esc(sub)}</span></figcaption><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(aria)}">${body}</svg>${legend}</figure>`;
}
function ringsOf(weeks) {
    const all = [...new Set(weeks.flatMap((w) => Object.keys(w.deploymentsByRing)))];
    const rank = (r) => (RING_ORDER.includes(r) ? RING_ORDER.indexOf(r) : RING_ORDER.length);
    return all.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
}
function deploymentsChart(weeks) {
    const rings = ringsOf(weeks);
    const colour = (r) => PALETTE[rings.indexOf(r) % PALETTE.length];
    const f = charts_frame(scale(Math.max(0, ...weeks.map((w) => w.deployments))), (v) => String(v), weeks);
    const bars = weeks.flatMap((w, i) => {
        let base = 0;
        return rings
            .filter((r) => w.deploymentsByRing[r])
            .map((r) => {
            const n = w.deploymentsByRing[r];
            const y0 = Number(f.y(base));
            base += n;
            const y1 = Number(f.y(base));
            return `<rect class="bar" data-ring="${esc(r)}" fill="${colour(r)}" x="${r1(f.x(i) + f.band * 0.15)}" width="${r1(f.band * 0.7)}" y="${r1(y1)}" height="${r1(y0 - y1)}"><title>${esc(`week of ${w.week}: ${n} to ${r}`)}</title></rect>`;
        });
    });
    const legend = `<div class="legend">${rings.map((r) => `<span><i style="background:${colour(r)}"></i>${esc(r)}</span>`).join('')}</div>`;
    const total = weeks.reduce((n, w) => n + w.deployments, 0);
    return figure('chart-deployments', 'Deployments per week', `${total} in ${weeks.length} weeks, by ring`, `Deployments per week per ring, ${total} in total`, f.svg + bars.join(''), legend);
}
function leadTimeChart(weeks) {
    const values = weeks.map((w) => w.leadTimeMedianHours);
    const known = values.filter((v) => v !== null);
    const f = charts_frame(scale(Math.max(0, ...known)), (v) => (v === 0 ? '0' : hours(v)), weeks);
    const pts = values.map((v, i) => (v === null ? null : { x: r1(f.x(i) + f.band / 2), y: f.y(v), v, w: weeks[i].week }));
    // The line breaks where a week has no lead time.
    const path = pts.map((p, i) => (p ? `${i && pts[i - 1] ? 'L' : 'M'}${p.x} ${p.y}` : '')).join('');
    const dots = pts.map((p) => (p ? `<circle class="point" cx="${p.x}" cy="${p.y}" r="3.5" fill="#8250df"><title>${esc(`week of ${p.w}: median ${hours(p.v)}`)}</title></circle>` : '')).join('');
    const body = known.length ? `${f.svg}<path d="${path}" fill="none" stroke="#8250df" stroke-width="2"/>${dots}` : `${f.svg}<text class="empty" x="${W / 2}" y="${H / 2}" text-anchor="middle">no commit times recorded</text>`;
    return figure('chart-lead-time', 'Lead time for changes', 'median per week, commit → synced', `Median lead time per week${known.length ? '' : ': no data'}`, body);
}
function failureChart(weeks) {
    const rates = weeks.map((w) => (w.deployments ? (100 * w.failed) / w.deployments : null));
    const f = charts_frame(scale(Math.max(10, ...rates.filter((v) => v !== null))), (v) => `${v}%`, weeks);
    const bars = rates
        .map((v, i) => v === null
        ? ''
        : `<rect class="bar" fill="#cf222e" x="${r1(f.x(i) + f.band * 0.2)}" width="${r1(f.band * 0.6)}" y="${f.y(v)}" height="${r1(Number(f.y(0)) - Number(f.y(v)))}"><title>${esc(`week of ${weeks[i].week}: ${weeks[i].failed} of ${weeks[i].deployments} failed (${Math.round(v)}%)`)}</title></rect>`)
        .join('');
    const failed = weeks.reduce((n, w) => n + w.failed, 0);
    const total = weeks.reduce((n, w) => n + w.deployments, 0);
    return figure('chart-failures', 'Change failure rate', `${failed} of ${total} deployments failed (rolled back, rejected, sync failed)`, `Change failure rate per week, ${failed} of ${total}`, f.svg + bars);
}
/** The three charts for the weeks of a report. */
function chartsHtml(r) {
    return `<style>${CSS}</style><section class="charts" aria-label="DORA metrics">${deploymentsChart(r.weeks)}${leadTimeChart(r.weeks)}${failureChart(r.weeks)}</section>`;
}

;// CONCATENATED MODULE: ./lib/telemetry/dashboard.ts
/** JSON safe inside a <script> element (no "</script>", no HTML comment openers). */
function scriptJson(data) {
    return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
const dashboard_CSS = `
:root{--bg:#f6f7f9;--fg:#1d2330;--muted:#5c6475;--line:#dfe3ea;--ok:#1a7f37;--wait:#9a6700;--run:#0969da;--bad:#cf222e}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
header{padding:16px 24px;background:#fff;border-bottom:1px solid var(--line)}h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:12px;padding:12px 24px;align-items:end}
label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:2px}
select,input{font:inherit;padding:5px 8px;border:1px solid var(--line);border-radius:6px;background:#fff;min-width:150px}
main{padding:0 24px 24px}table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line)}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}th,td:first-child,code{white-space:nowrap}main{overflow-x:auto}th{background:#eef1f5;font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);position:sticky;top:0}
tr:hover td{background:#f9fafb}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
.state{display:inline-block;padding:2px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}
.s-synced{background:var(--ok)}.s-ready{background:var(--run)}.s-merged{background:#8250df}.s-awaiting{background:var(--wait)}.s-hld{background:#bf8700}.s-image{background:#57606a}.s-incomplete{background:var(--bad)}.s-sync{background:var(--bad)}.s-rolled{background:#6e7781;text-decoration:line-through}
#count{color:var(--muted);margin:8px 0}button{font:inherit;padding:6px 12px;border:1px solid var(--line);border-radius:6px;background:#fff;cursor:pointer;margin-top:10px}
`;
// Runs in the page: filters over the embedded data; rows are rendered in slices so 10,000 stay fast.
const JS = `
const data = JSON.parse(document.getElementById('data').textContent);
const ids = ['service','ring','author','state'];
const sel = Object.fromEntries(ids.map((k) => [k, document.getElementById('f-' + k)]));
for (const k of ids) {
  for (const v of [...new Set(data.map((d) => d[k]).filter(Boolean))].sort()) sel[k].add(new Option(v, v));
}
const kw = document.getElementById('f-keyword');
const body = document.querySelector('tbody');
const count = document.getElementById('count');
const more = document.getElementById('more');
const params = new URLSearchParams(location.search);
for (const k of ids) if (params.get(k)) sel[k].value = params.get(k);
if (params.get('keyword')) kw.value = params.get('keyword');
let rows = [], shown = 0;
const cls = (s) => 's-' + (s.split(' ')[0] || 'incomplete').toLowerCase();
function cell(text, code) { const td = document.createElement('td'); if (code) { const c = document.createElement('code'); c.textContent = text; td.append(c); } else td.textContent = text; return td; }
const hm = (t) => t.slice(0, 16).replace('T', ' ');
// Each cluster with its own sync time; a failing cluster shows the operator's reason.
function syncText(d) {
  if (d.clusters && d.clusters.length) return d.clusters.map((c) => c.failing ? '✘ ' + c.name + ' ' + c.reason : c.synced ? '✓ ' + c.name + ' ' + hm(c.synced) : '… ' + c.name).join(', ');
  if (d.state === 'Sync failed') return '✘';
  return d.synced ? '✓ ' + (d.cluster || hm(d.synced)) : '';
}
function render(n) {
  const frag = document.createDocumentFragment();
  for (const d of rows.slice(shown, shown + n)) {
    const tr = document.createElement('tr');
    const st = document.createElement('td'); const b = document.createElement('span'); b.className = 'state ' + cls(d.state); b.textContent = d.state; st.append(b); tr.append(st);
    // A rollback and the deployment it replaced name each other, with the reason, on hover.
    const why = d.rollbackReason ? ': ' + d.rollbackReason : '';
    if (d.rolledBackBy) b.title = 'rolled back by deployment ' + d.rolledBackBy + why;
    else if (d.rollbackOf) { b.title = 'rollback of deployment ' + d.rollbackOf + why; st.append(' ↩'); }
    tr.append(cell(d.service), cell(d.ring), cell(d.author));
    tr.append(cell(d.imageTag + (d.buildId ? ' (build ' + d.buildId + ')' : '')));
    const hld = cell(d.hldCommitId.slice(0, 7), true);
    if (d.pr) { const a = document.createElement(d.prUrl ? 'a' : 'span'); if (d.prUrl) a.href = d.prUrl; a.textContent = ' PR ' + d.pr; hld.append(a); }
    tr.append(hld, cell(d.mergedBy), cell(d.manifestCommitId.slice(0, 7), true), cell(syncText(d)));
    tr.append(cell(d.lastUpdated.slice(0, 16).replace('T', ' ')), cell(d.durationMinutes ? d.durationMinutes + ' min' : ''));
    frag.append(tr);
  }
  body.append(frag);
  shown = Math.min(rows.length, shown + n);
  count.textContent = rows.length + ' of ' + data.length + ' deployments' + (shown < rows.length ? ' (showing ' + shown + ')' : '');
  more.hidden = shown >= rows.length;
}
function apply() {
  const k = kw.value.trim().toLowerCase();
  rows = data.filter((d) => ids.every((f) => !sel[f].value || d[f] === sel[f].value) && (!k || JSON.stringify(d).toLowerCase().includes(k)));
  body.textContent = ''; shown = 0; render(200);
}
for (const k of ids) sel[k].addEventListener('change', apply);
kw.addEventListener('input', apply);
more.addEventListener('click', () => render(1000));
apply();
`;
/** One self-contained page: no network, no CDN; data, styles and script inline. */
/** `charts`: self-contained HTML (inline SVG and its own style) shown above the table. */
function dashboardHtml(rows, meta, charts = '') {
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const filter = (id, label) => `<label>${label}<select id="f-${id}"><option value="">All</option></select></label>`;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(meta.title)}</title><style>${dashboard_CSS}</style></head>
<body><header><h1>${esc(meta.title)}</h1><p>Where is my container? ${rows.length} deployments from ${esc(meta.source)}, generated ${esc(meta.generatedAt)}</p></header>
${charts}<div class="filters">${filter('service', 'Service')}${filter('ring', 'Ring')}${filter('author', 'Author')}${filter('state', 'State')}<label>Keyword<input id="f-keyword" type="search" placeholder="tag, commit, PR…"></label></div>
<main><div id="count"></div><table><thead><tr><th>State</th><th>Service</th><th>Ring</th><th>Author</th><th>Image</th><th>HLD commit / PR</th><th>Merged by</th><th>Manifest commit</th><th>Synced</th><th>Last updated</th><th>Duration</th></tr></thead><tbody></tbody></table>
<button id="more" hidden>Show more</button></main>
<script id="data" type="application/json">${scriptJson(rows)}</script>
<script>${JS}</script></body></html>
`;
}

;// CONCATENATED MODULE: ./lib/cli/commands/storage-flags.ts







const storageFlagSpecs = storageInputs.map((d) => ({ name: d.name }));
const storageHelp = storageInputs.map((d) => `  --${d.name} <value>`.padEnd(30) + `${d.description} (env ${envName(d.name)})`).join('\n');
/** The deployment table from --flags, else RINGWAY_* variables. */
function openStore(flags) {
    const get = (name) => flags.get(name) ?? process.env[envName(name)] ?? '';
    for (const d of storageInputs)
        if (d.secret)
            registerSecret(get(d.name));
    // A flag's value is in the process list (`ps`) for every user of the machine: say so, once.
    const secretFlags = storageInputs.filter((d) => d.secret && flags.get(d.name)).map((d) => d.name);
    if (secretFlags.length) {
        process.stderr.write(`warning: ${secretFlags.map((n) => `--${n}`).join(', ')} on the command line can be read by other users of this machine (ps); set ${secretFlags.map(envName).join(', ')} in the environment instead\n`);
    }
    if (get('timeout')) {
        const ms = parseDuration(get('timeout'), 'timeout');
        if (!ms)
            throw new UsageError("option --timeout must be a duration above zero, e.g. 60s or 2m");
        setNetworkTimeout(ms);
    }
    return DeploymentStore.open(storeOptions(get));
}

;// CONCATENATED MODULE: ./lib/cli/commands/dashboard.ts









const dashboardCommand = {
    name: 'dashboard',
    summary: 'Write a self-contained HTML dashboard of the deployments',
    help: `ringway dashboard --out <dir> [--title <text>] [storage options]

Writes <dir>/index.html: charts of the last 12 weeks (deployments per week per ring, lead time,
failure rate; docs/metrics.md), every deployment of the table with Spektate's columns, filters by service,
ring, author, state and keyword, and status colours. The page is one file with its data, styles
and script inline: it makes no network request and can be published as a build artifact.

Storage (or RINGWAY_* variables):
${storageHelp}
`,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, [{ name: 'out' }, { name: 'title' }, ...storageFlagSpecs]);
        if (positionals.length)
            throw new UsageError(`ringway dashboard takes no arguments, got '${positionals[0]}'`);
        const out = flags.get('out');
        if (!out)
            throw new UsageError('option --out is required');
        const { file, count } = await writeDashboard(openStore(flags), out, flags.get('title') ?? 'Deployments');
        process.stderr.write(`wrote ${file} (${count} deployments)\n`);
        process.stdout.write(`dashboard=${file}\ndeployments=${count}\n`);
        return 0;
    },
};
/** Writes <out>/index.html for every deployment of the table; replaced whole, never half-written. */
async function writeDashboard(store, out, title) {
    const rows = await listDeployments(store, {});
    // Charts: the last 12 weeks, by the definitions of docs/metrics.md.
    const now = Date.now();
    const metrics = await readMetrics(store, {}, { since: now - 12 * 7 * 86400e3, until: now });
    const dir = (0,external_node_path_namespaceObject.resolve)(out);
    await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
    const html = dashboardHtml(rows, { title, generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' '), source: `table ${store.tableName}` }, chartsHtml(metrics));
    const tmp = (0,external_node_path_namespaceObject.join)(dir, `.index.html.${process.pid}`);
    await (0,promises_namespaceObject.writeFile)(tmp, html);
    await (0,promises_namespaceObject.rename)(tmp, (0,external_node_path_namespaceObject.join)(dir, 'index.html'));
    return { file: (0,external_node_path_namespaceObject.join)(dir, 'index.html'), count: rows.length };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: ./lib/demo/ring-service.ts

/**
 * A stand-in for the service one ring runs, on 127.0.0.1 for the demo: /healthz answers 200 with the
 * version it runs, or 503 while it runs a tag with a known bug.
 */
async function startRingService(broken) {
    let running = '';
    const server = (0,external_node_http_.createServer)((req, res) => {
        const ok = running !== broken;
        const known = req.url === '/healthz';
        res.writeHead(known ? (ok ? 200 : 503) : 404, { 'content-type': 'application/json' });
        res.end(known ? JSON.stringify({ status: ok ? 'ok' : 'failing', version: running }) : '{}');
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
    });
    return {
        url: `http://127.0.0.1:${server.address().port}/healthz`,
        runs(tag) {
            running = tag;
        },
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./lib/demo/bad-release.ts



/**
 * After staging: `good` runs in staging; the next release has a bug. It goes through dev to staging,
 * where its health check fails; the gate rejects it for prod, `rollback` puts `good` back in staging
 * through the HLD (a reviewed commit, never a cluster edit), and the HLD pipeline renders and
 * publishes it. Every hop is the real step; only the running service is a local stand-in.
 */
async function badRelease(c, good, goodStagingHld) {
    const out = {};
    const bad = `main-${c.nextRun()}`;
    const staging = await startRingService(bad);
    try {
        // What the HLD pipeline does on every merge (every ring rendered), and what Flux reports after.
        const publish = async (title, ring, tag, hldCommit) => {
            await c.git(c.hldWork, 'pull', '-q', '--ff-only');
            const gen = await c.step(title, 'generate', { hld: c.hldWork, 'fab-envs': 'dev,staging', 'cache-dir': (0,external_node_path_namespaceObject.join)(c.ws, 'cache') }, { show: ['folders'] });
            const pushed = await c.step('', 'push-manifests', { source: gen.output, 'manifest-repo': c.manifestsUrl, 'source-commit': hldCommit }, { show: ['commit'] });
            await c.record('', { p3: c.nextRun(), 'hld-commit-id': hldCommit, 'manifest-commit-id': pushed.commit, repository: c.manifestsUrl }, true);
            await c.record('', { stage: 'cluster-synced', 'manifest-commit-id': pushed.commit, cluster: `${ring}-cluster` }, true);
            if (ring === 'staging')
                staging.runs(tag);
            return pushed.commit;
        };
        const release = async (title, ring, tag) => {
            const hld = await c.step(title, 'update-hld', { 'hld-repo': c.hldUrl, component: 'frontend.web', environment: ring, 'image-tag': tag, 'image-repository': c.imageRepo, service: 'frontend', ring, provider: 'local' }, { show: ['commit'] });
            await c.record('', { p2: c.nextRun(), 'image-tag': tag, 'hld-commit-id': hld.commit, env: ring, repository: c.hldUrl }, true);
            return hld.commit;
        };
        const gate = (title, tag, to, extra = {}) => c.step(title, 'gate', { service: 'frontend', 'image-tag': tag, 'to-ring': to, ...extra }, { show: ['decision', 'reason'], mayFail: true });
        c.log(`\n━━ A bad release, caught in staging and rolled back (staging's service: ${staging.url}) ━━`);
        await publish(`Staging: the HLD pipeline renders and publishes ${good}; Flux syncs staging`, 'staging', good, goodStagingHld);
        await c.git(c.serviceDir, 'commit', '-q', '--allow-empty', '-m', 'Tune the frontend (with a bug)');
        await c.git(c.serviceDir, 'push', '-q', c.serviceUrl, 'HEAD:main');
        const commit = await c.git(c.serviceDir, 'rev-parse', 'HEAD');
        await c.record(`The next release, ${bad}, has a bug: its /healthz answers 503 (its image build is not repeated here)`, { p1: c.nextRun(), 'image-tag': bad, 'commit-id': commit, service: 'frontend', author: 'Demo Developer', repository: c.serviceUrl }, true);
        const devHld = await release(`Release ${bad} to dev`, 'dev', bad);
        await publish('Render, publish; Flux syncs dev', 'dev', bad, devHld);
        const toStaging = await gate(`Gate: ${bad} dev → staging (dev has no health check)`, bad, 'staging');
        if (toStaging.decision !== 'promote')
            throw new RingwayError(`demo: the gate said ${toStaging.decision}: ${toStaging.reason}`);
        const stagingHld = await release(`Promote ${bad} to staging`, 'staging', bad);
        await publish('Render, publish; Flux syncs staging', 'staging', bad, stagingHld);
        const check = await gate(`Gate: ${bad} staging → prod, probing staging's health`, bad, 'prod', { 'health-url': staging.url, 'health-timeout': '5s' });
        out['bad-tag'] = bad;
        out['gate-bad'] = check.decision;
        out['gate-bad-reason'] = check.reason;
        if (check.decision !== 'reject')
            throw new RingwayError(`demo: the gate said ${check.decision} for ${bad}: ${check.reason}`);
        const rb = await c.step('Rollback: the previous good tag back in staging, through the HLD like any change', 'rollback', { 'hld-repo': c.hldUrl, service: 'frontend', ring: 'staging', component: 'frontend.web', environment: 'staging', provider: 'local', reason: `gate: ${check.reason}` }, { show: ['from-tag', 'to-tag', 'branch', 'commit', 'deployment-id'] });
        Object.assign(out, { 'rollback-from': rb['from-tag'], 'rollback-to': rb['to-tag'], 'rollback-commit': rb.commit, 'rollback-deployment': rb['deployment-id'] });
        const manifestCommit = await publish('Render, publish; Flux syncs staging', 'staging', rb['to-tag'], rb.commit);
        // The proof: staging's manifest runs the good image again, and its service answers healthy.
        const web = await c.git((0,external_node_path_namespaceObject.join)(c.ws, 'remotes', 'fabrikam-manifests.git'), 'show', `${manifestCommit}:staging/frontend/web.yaml`);
        const image = /image: "?([^"\n]+)"?/.exec(web)?.[1] ?? '';
        if (image !== `${c.imageRepo}:${good}`)
            throw new RingwayError(`demo: staging/frontend/web.yaml runs '${image}', not ${c.imageRepo}:${good}`);
        const health = await fetch(staging.url);
        c.log(`\n▶ staging runs ${image} again; ${staging.url} answers HTTP ${health.status} ${await health.text()}`);
        Object.assign(out, { 'staging-image': image, 'staging-health': String(health.status) });
        return out;
    }
    finally {
        await staging.close();
    }
}

;// CONCATENATED MODULE: ./lib/demo/chain.ts









const chain_IDENTITY = { GIT_AUTHOR_NAME: 'Demo Developer', GIT_AUTHOR_EMAIL: 'dev@example.test', GIT_COMMITTER_NAME: 'Demo Developer', GIT_COMMITTER_EMAIL: 'dev@example.test' };
async function git(cwd, ...args) {
    return (await exec('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: chain_IDENTITY })).stdout.trim();
}
/** A bare repository seeded with the files of `from` (or empty); returns its file:// URL and seed commit. */
async function seededRepo(ws, name, from) {
    const bare = (0,external_node_path_namespaceObject.join)(ws, 'remotes', `${name}.git`);
    await (0,promises_namespaceObject.mkdir)(bare, { recursive: true });
    await git(bare, 'init', '-q', '--bare', '--initial-branch=main');
    if (!from)
        return { url: `file://${bare}`, commit: '' };
    const work = (0,external_node_path_namespaceObject.join)(ws, 'seed', name);
    await (0,promises_namespaceObject.cp)(from, work, { recursive: true });
    await git(work, 'init', '-q', '--initial-branch=main');
    await git(work, 'add', '-A');
    await git(work, 'commit', '-q', '-m', `Initial ${name}`);
    await git(work, 'push', '-q', bare, 'HEAD:main');
    return { url: `file://${bare}`, commit: await git(work, 'rev-parse', 'HEAD') };
}
/**
 * The whole ringway chain on local stand-ins: a service repo, an HLD repo and a manifest repo as
 * bare git repositories, the local pull-request provider, and (when given) a registry and a
 * telemetry table. Every hop runs the real step, exactly as `ringway <step>` would, and is printed
 * as the command line that does it.
 */
async function runDemo(o) {
    const ws = o.workspace;
    const buildId = String(Date.now() % 100000);
    const service = await seededRepo(ws, 'fabrikam-frontend', (0,external_node_path_namespaceObject.join)(o.demoRoot, 'service'));
    const hldUrl = (await seededRepo(ws, 'fabrikam-hld', (0,external_node_path_namespaceObject.join)(o.demoRoot, 'hld'))).url;
    const manifestsUrl = (await seededRepo(ws, 'fabrikam-manifests')).url;
    // The build metadata a CI system would provide, as the RINGWAY_BUILD_* variables hosts read.
    Object.assign(process.env, { [envName('build-commit')]: service.commit, [envName('build-branch')]: 'main', [envName('build-id')]: buildId, [envName('build-repository-url')]: service.url });
    const result = { workspace: ws };
    const step = async (title, name, values, opts = {}) => {
        const def = findStep(name);
        if (!def)
            throw new Error(`no step ${name}`);
        const flags = Object.entries(values).filter(([, v]) => v !== '').map(([k, v]) => `--${k} ${/[\s"']/.test(v) ? JSON.stringify(v) : v}`);
        o.log(`${title ? `\n▶ ${title}\n` : ''}  $ ringway ${name} ${flags.join(' ')}`);
        // With `show`, only those outputs are printed (the step's own log is quiet; warnings still show).
        const run = await runStep(def, new CliHost({ quiet: Boolean(opts.show) }), (d) => values[d.name] || undefined);
        const outputs = run.ok ? run.outputs : (run.outputs ?? {});
        for (const [k, v] of Object.entries(outputs))
            if (k !== 'conditions' && (!opts.show || opts.show.includes(k)))
                o.log(`    ${k}=${v}`);
        if (!run.ok && !(opts.mayFail && run.outputs))
            throw new RingwayError(`demo: ringway ${name} failed: ${run.message}`);
        return outputs;
    };
    const record = async (title, values, show) => {
        if (o.telemetry)
            await step(title, 'record-deployment', { ...values, 'fail-on-error': 'true' }, show ? { show: ['deployment-id', 'state'] } : {});
    };
    // Each later pipeline run gets the next build id.
    let runs = Number(buildId);
    const nextRun = () => String(++runs);
    let tag = `main-${buildId}`;
    let image = {};
    const imageRepo = o.registry ? `${o.registry}/fabrikam-frontend` : 'fabrikam-frontend';
    if (o.registry) {
        image = await step('Build the service image once and push it to the registry', 'build-image', {
            image: imageRepo,
            context: (0,external_node_path_namespaceObject.join)(ws, 'seed', 'fabrikam-frontend'),
            builder: o.builder.builder,
            isolation: o.builder.isolation,
            'storage-driver': o.builder.storageDriver,
        });
        tag = image.tag;
        result['image-ref'] = image['image-ref'];
    }
    else {
        o.log(`\n▶ No --registry: build-image is skipped; the release uses tag ${tag}`);
    }
    result['image-tag'] = tag;
    await record('Record: image built', { p1: buildId, 'image-tag': tag, 'commit-id': service.commit, service: 'frontend', author: 'Demo Developer', repository: service.url });
    const hld = await step('Release: propose the new tag to the HLD (dev ring) and merge it', 'update-hld', {
        'hld-repo': hldUrl, component: 'frontend.web', environment: 'dev', 'image-tag': tag, 'image-repository': imageRepo, service: 'frontend', ring: 'dev', provider: 'local',
    });
    result['hld-commit'] = hld.commit;
    await record('Record: HLD updated and merged', { p2: buildId, 'image-tag': tag, 'hld-commit-id': hld.commit, env: 'dev', repository: hldUrl });
    const hldWork = (0,external_node_path_namespaceObject.join)(ws, 'hld-checkout');
    await git(ws, 'clone', '-q', hldUrl, hldWork);
    const gen = await step('Render the HLD into manifests (Fabrikate format)', 'generate', { hld: hldWork, environments: 'dev', 'cache-dir': (0,external_node_path_namespaceObject.join)(ws, 'cache') });
    const pushed = await step('Publish the manifests to the repository Flux syncs', 'push-manifests', { source: gen.output, 'manifest-repo': manifestsUrl, 'source-commit': hld.commit });
    result['manifest-commit'] = pushed.commit;
    await record('Record: manifests generated and pushed', { p3: buildId, 'hld-commit-id': hld.commit, 'manifest-commit-id': pushed.commit, repository: manifestsUrl });
    // No cluster here: this is what a Flux notification would make a pipeline record.
    await record('Record: the dev cluster synced (as Flux would report it)', { stage: 'cluster-synced', 'manifest-commit-id': pushed.commit, cluster: 'dev-cluster' });
    if (o.telemetry) {
        const gate = await step('Gate: may this tag go from dev to staging?', 'gate', { service: 'frontend', 'image-tag': tag, 'to-ring': 'staging' });
        result['gate-staging'] = gate.decision;
        if (gate.decision !== 'promote')
            throw new RingwayError(`demo: the gate said ${gate.decision}: ${gate.reason}`);
        const staged = await step('Promote: the same tag into the staging ring of the HLD', 'update-hld', {
            'hld-repo': hldUrl, component: 'frontend.web', environment: 'staging', 'image-tag': tag, 'image-repository': imageRepo, service: 'frontend', ring: 'staging', provider: 'local',
        });
        result['staging-hld-commit'] = staged.commit;
        await record('Record: HLD updated (staging)', { p2: nextRun(), 'image-tag': tag, 'hld-commit-id': staged.commit, env: 'staging', repository: hldUrl });
        const early = await step('Gate: staging to prod right away? Not before staging runs it', 'gate', { service: 'frontend', 'image-tag': tag, 'to-ring': 'prod' });
        result['gate-prod'] = early.decision;
    }
    if (o.registry) {
        const promoted = await step('Promote the image itself: a registry retag, no rebuild', 'build-image', { image: imageRepo, 'source-image': `${imageRepo}:${tag}`, tags: `staging-${buildId}` });
        if (promoted.digest !== image.digest)
            throw new RingwayError('demo: the retag changed the digest');
        result['promoted-tag'] = promoted.tag;
    }
    const again = await step('Run the release again: nothing changes, no commit, no branch', 'update-hld', {
        'hld-repo': hldUrl, component: 'frontend.web', environment: 'dev', 'image-tag': tag, service: 'frontend', ring: 'dev', provider: 'local',
    });
    result['rerun-changed'] = again.changed;
    // The proof: the manifest Flux would apply carries the released image.
    const manifests = (0,external_node_path_namespaceObject.join)(ws, 'manifests-checkout');
    await git(ws, 'clone', '-q', manifestsUrl, manifests);
    const web = await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.join)(manifests, 'dev/frontend/web.yaml'), 'utf8');
    const deployed = /image: "?([^"\n]+)"?/.exec(web)?.[1] ?? '';
    if (deployed !== `${imageRepo}:${tag}`)
        throw new RingwayError(`demo: dev/frontend/web.yaml runs '${deployed}', not ${imageRepo}:${tag}`);
    result['dev-image'] = deployed;
    // With the records, the gate and rollback: a bad release caught in staging and rolled back.
    if (o.telemetry) {
        const chain = { step, record, nextRun, git, log: o.log, ws, hldUrl, hldWork, manifestsUrl, imageRepo, serviceDir: (0,external_node_path_namespaceObject.join)(ws, 'seed', 'fabrikam-frontend'), serviceUrl: service.url };
        Object.assign(result, await badRelease(chain, tag, result['staging-hld-commit']));
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/cli/commands/demo.ts













/** The demo data ships beside the CLI (the package's demo/ folder): found upward from this file. */
function findDemoRoot() {
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, 'demo', 'hld', 'component.yaml')))
            return (0,external_node_path_namespaceObject.join)(dir, 'demo');
        dir = (0,external_node_path_namespaceObject.dirname)(dir);
    }
    return undefined;
}
const demoCommand = {
    name: 'demo',
    summary: 'Run the whole chain on local repositories (and a local registry and table, when given)',
    help: `ringway demo [--workspace <dir>] [--registry <host:port>] [--builder auto|docker|buildah|podman]
             [--isolation <mode>] [--storage-driver <driver>] [storage options]

Runs every step the way a pipeline would, on local stand-ins, and prints each hop as the ringway
command that does it: a service repository, an HLD repository (Fabrikate format) and a manifest
repository are made as bare git repositories in the workspace; the new image tag goes to the HLD
through the local pull-request provider; the HLD is rendered (helm must be on PATH) and pushed to
the manifest repository; the same command again changes nothing.

With --registry, the image of demo/service is built and pushed there, then promoted by a registry
retag. With telemetry storage (flags or RINGWAY_* variables; Azurite works), every hop is recorded,
the gate decides dev → staging (promote) and staging → prod (wait), the tag is proposed to staging,
and <workspace>/dashboard/index.html is written. Then a bad release: the next tag reaches staging,
where its health check (a stand-in service on 127.0.0.1) answers 503; the gate rejects it for prod,
rollback puts the previous tag back in staging through the HLD, and the manifests are pushed again.

Outputs (stdout): workspace, image-tag, hld-commit, manifest-commit, dev-image, and with telemetry
the gate decisions, bad-tag, gate-bad-reason, rollback-from/-to/-commit, staging-image and the
dashboard. The workspace is kept for inspection.

Storage (or RINGWAY_* variables):
${storageHelp}
`,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, [{ name: 'workspace' }, { name: 'registry' }, { name: 'builder' }, { name: 'isolation' }, { name: 'storage-driver' }, ...storageFlagSpecs]);
        if (positionals.length)
            throw new UsageError(`ringway demo takes no arguments, got '${positionals[0]}'`);
        const demoRoot = findDemoRoot();
        if (!demoRoot)
            throw new UsageError('ringway demo: the demo data (demo/hld, demo/service) is not beside this ringway; run it from the ringway package or repository');
        const registry = flags.get('registry');
        if (registry !== undefined && !/^[\w.-]+(:\d+)?$/.test(registry))
            throw new UsageError(`option --registry must be host[:port], got '${registry}'`);
        let workspace = flags.get('workspace');
        if (workspace) {
            workspace = (0,external_node_path_namespaceObject.resolve)(workspace);
            await (0,promises_namespaceObject.mkdir)(workspace, { recursive: true });
            if ((await (0,promises_namespaceObject.readdir)(workspace)).length)
                throw new UsageError(`option --workspace: ${workspace} is not empty`);
        }
        else {
            workspace = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_.tmpdir)(), 'ringway-demo-'));
        }
        // Storage flags become the RINGWAY_* variables every step reads, so no secret is printed in
        // the command lines the demo shows.
        for (const d of storageInputs) {
            const v = flags.get(d.name);
            if (v === undefined)
                continue;
            if (d.secret)
                registerSecret(v);
            process.env[envName(d.name)] = v;
        }
        const telemetry = Boolean(process.env[envName('table-name')] && process.env[envName('partition-key')] && (process.env[envName('connection-string')] || process.env[envName('account-name')]));
        const log = (line) => process.stderr.write(`${line}\n`);
        log(`ringway demo: workspace ${workspace}${telemetry ? '' : ' (no telemetry storage: record-deployment, gate and dashboard are skipped)'}`);
        const result = await runDemo({
            demoRoot,
            workspace,
            registry,
            builder: { builder: flags.get('builder') ?? 'auto', isolation: flags.get('isolation') ?? '', storageDriver: flags.get('storage-driver') ?? '' },
            telemetry,
            log,
        });
        if (telemetry) {
            const { file, count } = await writeDashboard(openStore(new Map()), (0,external_node_path_namespaceObject.join)(workspace, 'dashboard'), 'Fabrikam deployments (ringway demo)');
            log(`\n▶ Dashboard: ${file} (${count} deployments)`);
            result.dashboard = file;
        }
        log('\n✓ demo complete: the manifest Flux would apply runs the released image');
        for (const [k, v] of Object.entries(result))
            process.stdout.write(`${k}=${v}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/deployments.ts






const deployments_short = (s) => s.slice(0, 7);
function minutes(v) {
    return v.durationMinutes ? `${v.durationMinutes} min` : '';
}
/** Spektate's columns: state, service, ring, author, image, HLD update, approval, merge, manifests, sync, time. */
function deploymentTable(rows, wide) {
    const head = ['State', 'Service', 'Ring', ...(wide ? ['Author'] : []), 'Image Tag', 'Build', 'HLD Commit', 'PR', ...(wide ? ['Merged By'] : []), 'Manifest Commit', 'Synced', 'Last Updated', 'Duration'];
    const body = rows.map((v) => [
        v.state,
        v.service,
        v.ring,
        ...(wide ? [v.author] : []),
        v.imageTag,
        v.buildId,
        deployments_short(v.hldCommitId),
        v.pr,
        ...(wide ? [v.mergedBy] : []),
        deployments_short(v.manifestCommitId),
        syncText(v),
        v.lastUpdated.replace('T', ' ').slice(0, 16),
        minutes(v),
    ]);
    return textTable([head, ...body]);
}
const deploymentsCommand = {
    name: 'deployments',
    summary: 'List deployments from the telemetry table: where is my container? (bedrock deployment get)',
    help: `ringway deployments [filters] [--output normal|wide|json] [storage options]

Lists the deployments recorded by record-deployment (and by Bedrock's pipelines: the same Spektate
table), newest first.

Filters (bedrock-cli \`deployment get\` names, plus author, status and since):
  -b, --build-id <id>        Build that built the image (p1)
  -c, --commit-id <sha>      Source commit
  -d, --deployment-id <id>   Deployment (row key)
  -i, --image-tag <tag>      Image tag
  -r, --ring <ring>          Ring / environment
  -s, --service <name>       Service
      --author <name>        Author
      --status <state>       Synced, Sync failed, Rolled back, Ready to deploy, Merged, Awaiting approval, HLD updated, Image built, Incomplete
      --since <when>         Updated since a date (2026-11-01) or duration (24h, 7d)
  -t, --top <n>              At most n deployments (default 50; 0 = all)
  -o, --output <format>      normal (default), wide, or json
      --json                 Same as --output json

Storage (or RINGWAY_* variables):
${storageHelp}
`,
    async run(argv) {
        const aliases = { '-b': '--build-id', '-c': '--commit-id', '-d': '--deployment-id', '-i': '--image-tag', '-r': '--ring', '-s': '--service', '-t': '--top', '-o': '--output' };
        const { flags, positionals } = parseArgs(argv.map((a) => aliases[a] ?? a), [
            ...['build-id', 'commit-id', 'deployment-id', 'image-tag', 'ring', 'service', 'author', 'status', 'since', 'top', 'output'].map((name) => ({ name })),
            { name: 'json', boolean: true },
            ...storageFlagSpecs,
        ]);
        if (positionals.length)
            throw new UsageError(`ringway deployments takes no arguments, got '${positionals[0]}'`);
        const top = flags.get('top') ?? '50';
        if (!/^\d+$/.test(top))
            throw new UsageError(`option --top must be a whole number, got '${top}'`);
        const output = flags.get('json') === 'true' ? 'json' : (flags.get('output') ?? 'normal');
        if (!['normal', 'wide', 'json'].includes(output))
            throw new UsageError(`option --output must be normal, wide or json, got '${output}'`);
        const store = openStore(flags);
        const rows = await listDeployments(store, {
            buildId: flags.get('build-id'),
            commitId: flags.get('commit-id'),
            deploymentId: flags.get('deployment-id'),
            imageTag: flags.get('image-tag'),
            ring: flags.get('ring'),
            service: flags.get('service'),
            author: flags.get('author'),
            status: flags.get('status'),
            since: flags.get('since'),
            top: Number(top),
        });
        if (output === 'json')
            process.stdout.write(`${neutraliseJson(JSON.stringify(rows, null, 2))}\n`);
        else
            process.stdout.write(rows.length ? `${deploymentTable(rows, output === 'wide')}\n` : 'no deployments match\n');
        return 0;
    },
};

;// CONCATENATED MODULE: ./lib/hld/install.ts







/**
 * `fab install`: visits the tree with common config only, runs the install hooks and fetches every
 * remote source (git components, helm charts, static files over http) into the cache, so that a
 * later generate needs no network.
 */
async function install(opts) {
    const hld = (0,external_node_path_namespaceObject.resolve)(opts.hld);
    const sources = new SourceCache((0,external_node_path_namespaceObject.resolve)(opts.cacheDir || defaultCacheDir()));
    const limit = limiter(opts.concurrency || (0,external_node_os_.cpus)().length);
    let fetched = 0;
    // As in Fabrikate, a component's install (hooks included) ends before its subcomponents are read.
    const visit = (node) => limit(async () => {
        const { def } = node;
        await runHooks(node, 'before-install');
        if (def.type === 'helm' && (def.method === 'helm' || def.method === 'git') && def.source) {
            await chartPath(node, sources); // the chart and the dependencies it lacks
            fetched++;
        }
        else if (def.method === 'helm' && def.source && def.path) {
            await sources.helmChart(def.source, def.path, def.version, node.path);
            fetched++;
        }
        else if (def.method === 'git' && def.source && def.type !== 'component') {
            await sources.git(def.source, def.version, def.branch, node.path);
            fetched++;
        }
        else if (def.method === 'http' && def.source) {
            await sources.http(def.source, def.name, node.path);
            fetched++;
        }
        else if (def.method === 'git' && def.type === 'component') {
            fetched++; // fetched by the walk itself
        }
        await runHooks(node, 'after-install');
    });
    const nodes = await walkTree({ hld, environments: [], sources, warn: opts.warn ?? opts.log ?? (() => undefined), visit });
    opts.log?.(`installed ${nodes.length} components, ${fetched} remote sources cached in ${sources.dir}`);
    return { components: nodes.length, fetched };
}

;// CONCATENATED MODULE: ./lib/cli/commands/install.ts



const installCommand = {
    name: 'install',
    summary: "Fetch an HLD's remote components and charts into the cache (fab install)",
    help: `ringway install [path] [--cache-dir <dir>] [--concurrency <n>]

Like Fabrikate's \`fab install [path]\`: walks the HLD at path (default .) with its common config,
runs the before-install and after-install hooks, and fetches every remote source (method git
components, helm charts, static files over http) into the cache, so a later \`ringway generate\`
needs no network. Tokens for private sources come from access.yaml, as in Fabrikate.

Options:
  --cache-dir <dir>     Cache folder (default ~/.cache/ringway, or RINGWAY_CACHE_DIR)
  --concurrency <n>     Sources fetched at once (default: CPU cores)
`,
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, [{ name: 'cache-dir' }, { name: 'concurrency' }]);
        if (positionals.length > 1)
            throw new UsageError('ringway install takes at most one path');
        const concurrency = flags.get('concurrency');
        if (concurrency !== undefined && !/^[1-9]\d*$/.test(concurrency))
            throw new UsageError(`option --concurrency must be a positive integer, got '${concurrency}'`);
        const result = await install({
            hld: positionals[0] ?? '.',
            cacheDir: flags.get('cache-dir') ?? process.env.RINGWAY_CACHE_DIR,
            concurrency: concurrency ? Number(concurrency) : undefined,
            log: (l) => process.stderr.write(`${l}\n`),
            warn: (l) => process.stderr.write(`warning: ${l}\n`),
        });
        process.stdout.write(`components=${result.components}\nfetched=${result.fetched}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/metrics.ts








/**
 * `ringway metrics`: the metrics step's own inputs as flags, but the report itself (table, JSON
 * or CSV) on stdout instead of name=value outputs, and progress on stderr.
 */
const metricsCommand = {
    name: 'metrics',
    summary: "DORA's four keys from the deployment records (table, JSON or CSV)",
    help: stepHelp(metrics_step)
        .replace(/\nOutputs \(printed[\s\S]*?\n\n/, '\nPrints the report (--output table|json|csv; --json is --output json) on stdout and a line per 5,000 rows read on stderr.\n\n')
        .replace(/\nBuild metadata[\s\S]*?\n\n/, '\n')
        .replace(/\nCommon options:[\s\S]*?\n\n/, '\nCommon options:\n  --json                          Same as --output json\n  --help                          Show this help\n\nDefinitions: docs/metrics.md. '),
    async run(argv) {
        const { flags, positionals } = parseArgs(argv, [...flagSpecsFor(metrics_step.inputs), { name: 'json', boolean: true }]);
        if (positionals.length)
            throw new UsageError(`ringway metrics takes no arguments, got '${positionals[0]}'`);
        const get = (name) => flags.get(name) ?? process.env[envName(name)] ?? '';
        const output = flags.get('json') === 'true' ? 'json' : get('output') || 'table';
        if (!['table', 'json', 'csv'].includes(output))
            throw new UsageError(`option --output must be table, json or csv, got '${output}'`);
        const q = { service: get('service'), ring: get('ring'), since: get('since'), until: get('until') };
        const w = parseWindow(q);
        const store = openStore(flags);
        const report = await readMetrics(store, q, w, (n) => process.stderr.write(`read ${n} rows\n`));
        const text = renderReport(report, output);
        if (get('report-file'))
            await writeReport(get('report-file'), text);
        process.stdout.write(text);
        return 0;
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/set.ts



const setCommand = {
    name: 'set',
    summary: "Set config values in the current component's config file (fab set)",
    help: `ringway set [--environment <env>] [--subcomponent <a.b>] [--no-new-config-keys] [--file <values.yaml>] <key.path=value>...

Like Fabrikate's \`fab set\`, run in a component's folder: writes each value, as a string, to
config/<env>.yaml (or the existing config/<env>.json), under subcomponents.<a>.subcomponents.<b>.config
when --subcomponent is given. Unlike fab set, the rest of a YAML file keeps its comments, key order,
quoting and blank lines.

Options:
  --environment, -e <env>   Config file to edit (default: common)
  --subcomponent, -s <a.b>  Dotted subcomponent path the values belong to
  --no-new-config-keys      Fail instead of creating a key or subcomponent entry that does not exist
  --file, -f <file>         A YAML file whose keys are flattened into key paths and set
`,
    async run(argv) {
        const aliases = { '-e': '--environment', '-s': '--subcomponent', '-f': '--file' };
        const expanded = argv.map((a) => aliases[a] ?? a);
        const { flags, positionals } = parseArgs(expanded, [
            { name: 'environment' },
            { name: 'subcomponent' },
            { name: 'no-new-config-keys', boolean: true },
            { name: 'file' },
        ]);
        // As fab set: the file's values first, then the arguments (the later of two equal keys wins).
        const file = flags.get('file');
        const pairs = file ? flattenFile(await readSetFile(file), file) : [];
        pairs.push(...positionals.map(parseSetArg));
        if (!pairs.length)
            throw new UsageError('ringway set needs at least one key.path=value, or --file');
        const sub = flags.get('subcomponent');
        const result = await setConfig({
            componentDir: process.cwd(),
            environment: flags.get('environment') || 'common',
            subcomponent: sub ? splitKeyPath(sub) : [],
            pairs,
            noNewConfigKeys: flags.get('no-new-config-keys') === 'true',
        });
        process.stderr.write(result.changed ? `updated ${result.file}\n` : `${result.file} already has these values\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./lib/cli/extra-commands.ts






/**
 * CLI commands beside the steps (Fabrikate's `set`/`install`, `deployments`, `dashboard`, `demo`).
 * Each lives in its own module and is listed here. Keep alphabetical. A command named like a step
 * replaces that step's generic CLI surface (`metrics` prints its report instead of name=value).
 */
const extraCommands = [dashboardCommand, demoCommand, deploymentsCommand, installCommand, metricsCommand, setCommand];

;// CONCATENATED MODULE: ./lib/cli/version.ts
// Generated by `npm run generate:manifests` from package.json; do not edit.
const VERSION = "1.0.0";

;// CONCATENATED MODULE: ./lib/cli/main.ts






function mainHelp() {
    const lines = ['ringway: GitOps pipeline steps for Kubernetes', '', 'Usage: ringway <command> [options]', '', 'Steps:'];
    for (const s of steps)
        lines.push(`  ${s.name.padEnd(20)} ${s.title}`);
    if (extraCommands.length) {
        lines.push('', 'Commands:');
        for (const c of extraCommands.filter((e) => !findStep(e.name)))
            lines.push(`  ${c.name.padEnd(20)} ${c.summary}`);
    }
    lines.push('', 'Run `ringway <command> --help` for its options. Exit codes: 0 success, 1 failure, 2 bad usage.');
    return lines.join('\n') + '\n';
}
async function main(argv) {
    const [cmd, ...rest] = argv;
    try {
        if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
            if (cmd === 'help' && rest[0])
                return main([rest[0], '--help']);
            process.stdout.write(mainHelp());
            return cmd ? 0 : 2;
        }
        if (cmd === '--version' || cmd === 'version') {
            process.stdout.write(`${VERSION}\n`);
            return 0;
        }
        const extra = extraCommands.find((c) => c.name === cmd);
        const step = findStep(cmd);
        if (step && !extra)
            return await runStepCli(step, rest);
        if (extra) {
            if (rest.includes('--help') || rest.includes('-h')) {
                process.stdout.write(extra.help.endsWith('\n') ? extra.help : extra.help + '\n');
                return 0;
            }
            return await extra.run(rest);
        }
        throw new UsageError(`unknown command '${cmd}' (run ringway --help)`);
    }
    catch (err) {
        process.stderr.write(`error: ${redact(err instanceof RingwayError ? err.message : errorMessage(err))}\n`);
        return err instanceof UsageError ? 2 : 1;
    }
}

;// CONCATENATED MODULE: ./lib/cli/entry.ts


// The CLI often runs inside a GitHub or Azure job: nothing it prints may act as a runner command.
guardStream(process.stdout);
guardStream(process.stderr);
// No top-level await: keeps the bundle loadable by every Node version the surfaces use.
void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

;// CONCATENATED MODULE: ./build/entries/cli.ts
// Generated by scripts/build.ts.


