import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../main/services/db/paths';

describe('resolveDataDir', () => {
  it('prefers CARUMAN_DATA_DIR on every platform', () => {
    expect(resolveDataDir({ CARUMAN_DATA_DIR: '/tmp/x' }, 'win32', 'C:\\Users\\ali')).toBe('/tmp/x');
    expect(resolveDataDir({ CARUMAN_DATA_DIR: '/tmp/x' }, 'darwin', '/Users/ali')).toBe('/tmp/x');
  });

  it('uses the per-user application data folder of each OS', () => {
    expect(resolveDataDir({ APPDATA: 'C:\\Users\\ali\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ali')).toBe(
      'C:\\Users\\ali\\AppData\\Roaming\\Caruman',
    );
    expect(resolveDataDir({}, 'darwin', '/Users/ali')).toBe('/Users/ali/Library/Application Support/Caruman');
    expect(resolveDataDir({}, 'linux', '/home/ali')).toBe('/home/ali/.config/Caruman');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ali')).toBe('/cfg/Caruman');
  });

  it('ignores an empty override', () => {
    expect(resolveDataDir({ CARUMAN_DATA_DIR: '  ' }, 'linux', '/home/ali')).toBe('/home/ali/.config/Caruman');
  });
});
