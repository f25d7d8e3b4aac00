/**
 * A Web Storage stand-in for tests: a map with a character quota (like the browser's), a switch
 * that makes every write fail as a full storage does, and a count of successful writes.
 */
import type { StorageLike } from '../../src/app/persistence/storage';

export class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  /** Most characters of keys and values together; a write past it fails like a full quota. */
  quota = Infinity;
  /** When true, every write fails as a full storage does. */
  full = false;
  writes = 0;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.map.entries()].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
    if (this.full || used + k.length + v.length > this.quota) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    this.writes++;
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}
