// openStore: the one place a step or command opens its deployment table from the storage inputs.
import { UsageError } from '../../lib/errors.js';
import { redact } from '../../lib/secrets.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { openStore, setTableOpener, storageInputs } from '../../lib/steps/storage-inputs.js';
import { MemoryAccount } from '../../lib/telemetry/memory-table.js';

// As rollback declares them: storage optional, so openStore is what checks them.
const optional = { inputs: storageInputs.map((d) => ({ ...d, required: false })) };
const open = (values: Record<string, string>) => openStore(Inputs.of(optional, values));
const failure = async (f: () => unknown) => {
  try {
    await f();
  } catch (err) {
    return err;
  }
  throw new Error('did not fail');
};

test('missing inputs are named: the table, the partition, the credentials', async () => {
  const creds = { 'connection-string': 'UseDevelopmentStorage=true' };
  expect(await failure(() => open({ ...creds, 'partition-key': 'p' }))).toEqual(
    new UsageError("input 'table-name' is required"),
  );
  expect(await failure(() => open({ ...creds, 'table-name': 't' }))).toEqual(
    new UsageError("input 'partition-key' is required"),
  );
  expect(await failure(() => open({ 'table-name': 't', 'partition-key': 'p', 'account-name': 'acct' }))).toEqual(
    new UsageError("telemetry storage: give 'connection-string', or 'account-name' with 'account-key' or 'sas-token'"),
  );
});

test('table names and partition keys Azure would refuse are named by their input before any request, not answered as OData JSON', async () => {
  const creds = { 'connection-string': 'AccountName=acct;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:1/acct' };
  for (const name of ['bad-name!', 'ab', 'x'.repeat(64), '--x', '1abc', 'tables'])
    expect(
      ((await failure(() => open({ ...creds, 'table-name': name, 'partition-key': 'p' }))) as Error).message,
    ).toMatch(
      /^input 'table-name': telemetry storage: '.*' is not a table name Azure Table Storage accepts \(3 to 63 letters and digits, starting with a letter\)$/,
    );
  for (const key of ['a/b', 'a#b', 'a?b', 'a\\b', 'a\nb'])
    expect(
      ((await failure(() => open({ ...creds, 'table-name': 'deployments', 'partition-key': key }))) as Error).message,
    ).toMatch(/^input 'partition-key': telemetry storage: '.*' is not a partition key/);
});

test('a malformed connection string is blamed on its input when the table is first used, without its value; the key inside one is a secret', async () => {
  const value = 'AccountName=acct;AccountKey=notakey;Bogus';
  const err = await failure(() =>
    open({ 'connection-string': value, 'table-name': 'deployments', 'partition-key': 'p' }).find({}),
  );
  expect(err).toBeInstanceOf(UsageError);
  expect((err as Error).message).toBe(
    "input 'connection-string': the storage connection string is malformed (AccountName=…;AccountKey=…;TableEndpoint=…, or a SAS form)",
  );
  open({
    'connection-string': 'AccountName=acct;AccountKey=s3cr3tkey;TableEndpoint=http://127.0.0.1:1/acct',
    'table-name': 'deployments',
    'partition-key': 'p',
  });
  expect(redact('key s3cr3tkey')).toBe('key ***');
});

test('tests can put another table behind the inputs', async () => {
  const memory = new MemoryAccount();
  const before = setTableOpener((o) => memory.open(o));
  try {
    const t = open({
      'connection-string': 'UseDevelopmentStorage=true',
      'table-name': 'deployments',
      'partition-key': 'fabrikam',
    });
    await t.insert({ imageTag: 'v1' }, {}, 'k1');
    expect(t).toMatchObject({ tableName: 'deployments', partitionKey: 'fabrikam' });
    expect(
      (await memory.open({ tableName: 'deployments', partitionKey: 'fabrikam' }).find({})).map((r) => r.imageTag),
    ).toEqual(['v1']);
  } finally {
    setTableOpener(before);
  }
});
