"use strict";
exports.id = 952;
exports.ids = [952];
exports.modules = {

/***/ 5952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   pc: () => (/* binding */ durationMs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);

const UNIT_MS = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };
/**
 * `90s`, `30m`, `1h30m`, `2d`, `0` → milliseconds (Go/Flux-style durations plus days and weeks);
 * undefined when the text is not a duration. One grammar for every input and option that takes one.
 */
function durationMs(value) {
    const v = value.trim();
    if (v === '' || v === '0')
        return 0;
    if (!/^(\d+(\.\d+)?[smhdw])+$/.test(v))
        return undefined;
    let ms = 0;
    for (const m of v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return Math.round(ms);
}
/** {@link durationMs} for a step input: a text that is not a duration is an error naming the input. */
function parseDuration(value, input) {
    const ms = durationMs(value);
    if (ms === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input '${input}' must be a duration like 30m, 1h30m or 2d, got '${value}'`);
    return ms;
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


/***/ })

};
;