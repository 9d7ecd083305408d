// Every test gets a real IndexedDB implementation in memory; Dexie runs on it unmodified.
import 'fake-indexeddb/auto';
