"use strict";
exports.id = 994;
exports.ids = [994];
exports.modules = {

/***/ 5994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   deploymentTable: () => (/* binding */ deploymentTable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _hosts_neutralise_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2014);
/* harmony import */ var _text_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5286);
/* harmony import */ var _telemetry_query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9534);
/* harmony import */ var _hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9728);
/* harmony import */ var _storage_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8373);






const short = (s) => s.slice(0, 7);
function minutes(v) {
    return v.durationMinutes ? `${v.durationMinutes} min` : '';
}
/**
 * Spektate's columns: state, service, ring, author, image, HLD update, approval, merge, manifests,
 * sync, time; and Gate (what the gate rejected) when a listed deployment was rejected, as
 * bedrock-cli adds Cluster Sync only when it knows one.
 */
function deploymentTable(rows, wide) {
    const gate = rows.some((v) => v.gateRejected);
    const head = [
        'State',
        'Service',
        'Ring',
        ...(wide ? ['Author'] : []),
        'Image Tag',
        'Build',
        'HLD Commit',
        'PR',
        ...(wide ? ['Merged By'] : []),
        'Manifest Commit',
        'Synced',
        'Last Updated',
        'Duration',
        ...(gate ? ['Gate'] : []),
    ];
    const body = rows.map((v) => [
        v.state,
        v.service,
        v.ring,
        ...(wide ? [v.author] : []),
        v.imageTag,
        v.buildId,
        short(v.hldCommitId),
        v.pr,
        ...(wide ? [v.mergedBy] : []),
        short(v.manifestCommitId),
        (0,_telemetry_query_js__WEBPACK_IMPORTED_MODULE_2__/* .syncText */ .n5)(v),
        v.lastUpdated.replace('T', ' ').slice(0, 16),
        minutes(v),
        ...(gate ? [(0,_telemetry_query_js__WEBPACK_IMPORTED_MODULE_2__/* .gateText */ .bp)(v)] : []),
    ]);
    return (0,_text_table_js__WEBPACK_IMPORTED_MODULE_5__/* .textTable */ .e)([head, ...body]);
}
const command = {
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
${_storage_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .storageHelp */ .RO}
`,
    async run(argv) {
        const aliases = {
            '-b': '--build-id',
            '-c': '--commit-id',
            '-d': '--deployment-id',
            '-i': '--image-tag',
            '-r': '--ring',
            '-s': '--service',
            '-t': '--top',
            '-o': '--output',
        };
        const { flags, positionals } = (0,_hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Zy)(argv.map((a) => aliases[a] ?? a), [
            ...[
                'build-id',
                'commit-id',
                'deployment-id',
                'image-tag',
                'ring',
                'service',
                'author',
                'status',
                'since',
                'top',
                'output',
            ].map((name) => ({ name })),
            { name: 'json', boolean: true },
            ..._storage_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .storageFlagSpecs */ .eA,
        ]);
        if (positionals.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`ringway deployments takes no arguments, got '${positionals[0]}'`);
        const top = flags.get('top') ?? '50';
        if (!/^\d+$/.test(top))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --top must be a whole number, got '${top}'`);
        const output = flags.get('json') === 'true' ? 'json' : (flags.get('output') ?? 'normal');
        if (!['normal', 'wide', 'json'].includes(output))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --output must be normal, wide or json, got '${output}'`);
        const store = (0,_storage_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .flagStore */ .iK)(flags);
        const rows = await (0,_telemetry_query_js__WEBPACK_IMPORTED_MODULE_2__/* .listDeployments */ .Jn)(store, {
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
            process.stdout.write(`${(0,_hosts_neutralise_js__WEBPACK_IMPORTED_MODULE_1__/* .neutraliseJson */ .rb)(JSON.stringify(rows, null, 2))}\n`);
        else
            process.stdout.write(rows.length ? `${deploymentTable(rows, output === 'wide')}\n` : 'no deployments match\n');
        return 0;
    },
};


/***/ }),

/***/ 8373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RO: () => (/* binding */ storageHelp),
/* harmony export */   eA: () => (/* binding */ storageFlagSpecs),
/* harmony export */   iK: () => (/* binding */ flagStore)
/* harmony export */ });
/* harmony import */ var _hosts_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3931);
/* harmony import */ var _steps_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(270);
/* harmony import */ var _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5450);



const storageFlagSpecs = _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .storageInputs */ .Fd.map((d) => ({ name: d.name }));
const storageHelp = _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .storageInputs */ .Fd
    .map((d) => `  --${d.name} <value>`.padEnd(30) + `${d.description} (env ${(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_2__/* .envName */ .pD)(d.name)})`)
    .join('\n');
/** The deployment table from --flags, else RINGWAY_* variables: the storage inputs, resolved as a step's. */
function flagStore(flags) {
    return (0,_steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .Ch)((0,_hosts_cli_js__WEBPACK_IMPORTED_MODULE_0__.commandInputs)({ inputs: _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .storageInputs */ .Fd }, flags));
}


/***/ })

};
;