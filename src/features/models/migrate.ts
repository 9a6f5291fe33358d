/** One step of a record's format: `up` turns a record of version `from` into one of version `from + 1`. */
export interface Migration {
  from: number;
  up(record: Record<string, unknown>): Record<string, unknown>;
}

/** Why a stored record could not be read: the notice and the set-aside copy say so. */
export class RecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Brings a stored record up to `current` through the migrations, one version at a time. A record
 * without a version field is version 0. Throws a RecordError for what no migration can read: not an
 * object, a version from a newer app, or a gap in the chain.
 */
export function migrate(value: unknown, current: number, migrations: readonly Migration[]): Record<string, unknown> {
  if (!isObject(value)) throw new RecordError('it is not a record (expected an object)');
  let record = value;
  let version = record.version === undefined ? 0 : record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) throw new RecordError('its version is not a whole number');
  if (version > current) throw new RecordError(`it was written by a newer version of the app (format ${version}; this one reads up to ${current})`);
  while (version < current) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new RecordError(`no way to upgrade a record of format ${version}`);
    record = { ...step.up(record), version: version + 1 };
    version += 1;
  }
  return record;
}
