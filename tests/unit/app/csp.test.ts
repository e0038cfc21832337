import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, securityHeaders } from '../../../main/app/csp';

function parse(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

const policy = parse(CONTENT_SECURITY_POLICY);

describe('Content-Security-Policy', () => {
  it('denies everything by default', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('allows scripts, styles, fonts and connections from the app itself only', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('locks down base, forms, framing and plugins', () => {
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'none'"]);
  });

  it('never allows inline code, eval, wildcards or remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\*|https?:|blob:|filesystem:/);
    for (const sources of Object.values(CSP_DIRECTIVES)) {
      for (const source of sources) expect(["'self'", "'none'", 'data:']).toContain(source);
    }
    // data: is only for images.
    for (const [name, sources] of policy) if (name !== 'img-src') expect(sources).not.toContain('data:');
  });

  it('is sent with the other protective headers', () => {
    const headers = securityHeaders();
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });
});
