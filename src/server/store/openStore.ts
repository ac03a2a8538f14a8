/** `--db` to a store: a postgres:// URL opens PostgreSQL, anything else is a SQLite file. */
import { openPostgresStore } from './postgresStore.ts'
import { openSqliteStore } from './sqliteStore.ts'
import type { Store } from './store.ts'

export async function openStore(db: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(db)) return openPostgresStore(db)
  return openSqliteStore(db)
}
