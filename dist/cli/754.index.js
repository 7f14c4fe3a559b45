"use strict";
exports.id = 754;
exports.ids = [754];
exports.modules = {

/***/ 5754:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ findStep),
/* harmony export */   steps: () => (/* binding */ steps)
/* harmony export */ });
/* harmony import */ var _loaders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(578);

/** Every step's definition, in the order of the list in loaders.ts (all loaded: import this only where all are needed). */
const steps = [];
// One after another: jest's module loader fails on imports that share modules while they link at once.
for (const load of Object.values(_loaders_js__WEBPACK_IMPORTED_MODULE_0__/* .stepLoaders */ .T))
    steps.push((await load()).step);
function findStep(name) {
    return steps.find((s) => s.name === name);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
;