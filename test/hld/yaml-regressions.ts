// Permanent cases of the YAML differential: issue 23's classes and the shrunk documents the
// generated corpus found. Their yaml.v2 answers are recorded in yaml-regressions.json
// (YAML_RECORD=1 with the oracle built rewrites it), so they run without Go too.
export interface RegressionCase {
  name: string;
  /** The document; `utf16le` cases are written as UTF-16LE with a byte order mark. */
  text: string;
  utf16le?: boolean;
}

export const REGRESSIONS: RegressionCase[] = [
  {
    name: 'integers beyond 2^53 keep every digit',
    text: 'retention.ms: 9223372036854775807\nmax: 18446744073709551615\nodd: 9007199254740993\nmin: -9223372036854775808\nover: 18446744073709551616\n',
  },
  { name: 'a later << wins over an earlier key', text: '{replicas: 4, <<: {replicas: 1}}\n' },
  {
    name: '<< lists: the first source wins; several << and keys after them, in order',
    text: 'a: &a {x: 1, y: 1}\nb: &b {x: 2, z: 2}\nc:\n  <<: [*a, *b]\n  <<: {y: 3}\n  w: 0\n  x: 9\n',
  },
  { name: 'duplicate keys: the last wins in a map', text: 'a: 1\nb: {x: 1}\na: 2\nb: {y: 2}\n' },
  {
    name: 'two subcomponents blocks merge into the config struct',
    text: "subcomponents:\n  api:\n    config: {image: {tag: '1'}}\nsubcomponents:\n  worker:\n    config: {replicas: 2}\nconfig:\n  a: 1\nconfig:\n  b: 2\n",
  },
  {
    name: 'namespace: 2024 and no are text in the struct',
    text: 'namespace: 2024\nsubcomponents:\n  a:\n    namespace: no\n  b:\n    namespace: 0x10\n',
  },
  { name: '!!binary, text and bytes', text: 'a: !!binary aGVsbG8=\nb: !!binary gA==\nc: !!binary |\n  aGVs\n  bG8=\n' },
  { name: 'keys ~ and null are one null key', text: '~: a\nnull: b\nNull: c\n' },
  { name: 'an alias used as a key', text: 'x: &k key\n*k : v\n' },
  {
    name: 'emoji and non-BMP characters are escaped, BMP text is not',
    text: 'a: 🚀\nb: "\\U0001F680"\nc: "multi\\nline 🚀"\nd: é ｚ ﬁ\n🚀: key\n',
  },
  { name: '|+ at the end of a file without a line break', text: 'a: |+\n  x\n  ' },
  { name: '| at the end of a chunk without a line break', text: 'a: |\n  x\n  y' },
  { name: 'NEL is a line break in the text and escaped in output', text: 'a: x\u0085 y\nb: "x\\Ny"\nc: "\\L\\P\\_"\n' },
  {
    name: 'NEL inside quoted scalars: the continuation line is less indented than the key (HLD differential)',
    text: 'subcomponents:\n  - name: "nel\u0085"\n    x: \'a\u0085b\'\nc:\n  d: "p\u0085q\n\nr"\n',
  },
  { name: 'a quoted scalar continued at column 0 below a nested key', text: 'a:\n  b: "x\ny"\n  c: 1\n' },
  {
    name: 'dates: valid ones are quoted on output, invalid ones are text',
    text: 'a: 2021-02-30\nb: 2020-01-02 13:4:05\nc: 2001-12-14\nd: 2020-01-02T13:04:05\ne: 2001-12-14t21:59:43.10-05:00\n',
  },
  { name: 'a config file ending in ---', text: 'namespace: x\nconfig:\n  a: 1\n---' },
  {
    name: 'UTF-16 with a byte order mark (PowerShell)',
    text: 'namespace: ps\nconfig:\n  greeting: grüße\n',
    utf16le: true,
  },
  {
    name: 'minio: a flow list whose continuation lines are not indented deeper than the key',
    text: 'apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      containers:\n      - name: minio-mc\n        command: [ "/bin/sh",\n        "-ce",\n        "/usr/bin/mc config host add myminio" ]\n        volumeMounts: []\n',
  },
  { name: 'a flow map continued at column 0', text: 'a:\n  b: {x: 1,\ny: 2}\n' },
  {
    name: 'a root mapping indented, then a line less indented: the first document ends there',
    text: '  app:\n\na2: x\n',
  },
  {
    name: 'numbers of every YAML 1.1 form',
    text: 'o: 0644\nx: 0x1F\nb: 0b101\nu: 1_000\ns: 1:30\nf: 1.0\ne: 1e6\ng: 1e+06\nh: 1.5e-5\ni: .inf\nn: .nan\nz: -0.0\nq: 08\n',
  },
  {
    name: 'plain scalars that read as other types are quoted on output',
    text: 'a: "yes"\nb: "1:30"\nc: "0644"\nd: "~"\ne: "1e+06"\nf: "2001-12-14"\n',
  },
  {
    name: 'keys of several kinds sort as yaml.v2 sorts them',
    text: 'b: 1\n10: 1\n2: 1\ntrue: 1\n1.5: 1\n~: 1\na10: 1\na2: 1\nA: 1\n_x: 1\n',
  },
  { name: 'long lines fold at 80 columns', text: `a: ${'word '.repeat(30)}end\nb: "${'x '.repeat(50)}"\n` },
  { name: 'an unknown anchor fails even under an unknown struct field', text: 'other: *nope\nnamespace: x\n' },
  { name: 'toString and __proto__ are ordinary keys', text: 'toString: 1\n__proto__: {a: 1}\nconstructor: x\n' },
  { name: 'a plain scalar starting with : in a flow list fails', text: 'a: [ :x ]\n' },
  // Shrunk from the generated corpus.
  { name: 'flow: a plain scalar ending in : before , ] } is text', text: 'a: [ 1:, 2 ]\nb: {on: 1:, c: x:}\n' },
  { name: 'flow: a lone - before } is text', text: '{null: -}\n' },
  { name: 'flow: ? inside a plain scalar fails', text: 'a: [ a?b ]\n' },
  { name: 'flow: :x fails', text: '{ c: :x }\n' },
  { name: 'an anchor line before an indented root mapping, then a dedented line', text: '&b\n    5: x\n*b\n' },
  {
    name: 'a block scalar in a list item, then a flow map at the same indentation',
    text: 'replicas:\n        - true: >\n          "on": {\n          1e" }\n',
  },
  { name: 'merging an alias of null fails', text: 'a2: &a null\n<<: *a\n' },
  { name: '.inf and -.inf keys, bool and int keys', text: '.inf: 1\n-.inf: 2\ntrue: 3\n1: 4\n1.5: 5\n' },
  { name: 'a comment after a space ends a plain scalar in a flow list', text: 'a: [ a #b\n ]\n' },
  { name: 'toString as a map key resolves as text', text: 'toString:\nconstructor: 1\nhasOwnProperty: yes\n' },
  { name: 'control characters fail, escaped ones are text', text: 'a: "\\x01\\u0080"\n' },
  { name: 'a %directive that is not YAML or TAG fails', text: '%FOO bar\n---\na: 1\n' },
  // yaml.v2's is_bom looks at the start of its read buffer, not at the scanner's position: with a
  // U+FEFF the last character before a 512-byte boundary, the next lines lose their first character.
  {
    name: 'a U+FEFF just before byte 512: yaml.v2 reads the `...` below it as `..` and fails',
    text: `${'#'.repeat(501)}\na: 'bom\ufeffx'\n...\n`,
  },
  {
    name: 'a U+FEFF just before byte 512 of a UTF-16 file',
    text: `${'#'.repeat(246)}\na: 'bom\ufeffx'\n...\n`,
    utf16le: true,
  },
  { name: 'a U+FEFF away from a 512-byte boundary is text', text: `${'#'.repeat(495)}\na: 'bom\ufeffx'\n...\n` },
  { name: 'two byte order marks at the start fail', text: '\ufeff\ufeffa: 1\nb: 2\n' },
  {
    name: 'a text starting with U+FEFF is written with every character escaped (is_bom in the emitter)',
    text: 'a: "\\uFEFFx y\\té"\n"\\uFEFFk": 1\nb: "x\\uFEFF"\n',
  },
];
