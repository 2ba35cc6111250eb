// Signs in to the platform the standard way, knowing nothing but the gateway's address: OpenID Connect discovery,
// the client credentials grant, and the authorization code grant with PKCE (S256) through Identity's login form,
// then a refresh. Every step uses openid-client, a certified OpenID Connect relying-party library; only the user's
// part (following redirects, filling in the form) is plain fetch with a cookie jar, as a browser would do it.
//
// Input (environment): GATEWAY, CLIENT_ID, CLIENT_SECRET, WEB_CLIENT_ID, REDIRECT_URI, USER_NAME, PASSWORD.
// Output: one JSON object on stdout describing what happened; the calling test asserts on it. Exit code 1 with
// {"error", "cause", "step"} when a step throws (openid-client refuses, e.g., an issuer that does not match).
import * as client from 'openid-client';

if (Number(process.versions.node.split('.')[0]) < 20) {
  throw new Error(`openid-client needs Node.js 20 or later (global fetch and Web Crypto); this is ${process.version}`);
}

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const gateway = new URL(env('GATEWAY'));
const contacted = new Set();
const recordingFetch = (url, options) => {
  contacted.add(new URL(url).origin);
  return fetch(url, options);
};
const options = { execute: [client.allowInsecureRequests], [client.customFetch]: recordingFetch };
const result = { contacted: [] };
let step = 'start';

/** A browser's cookie jar for one origin: enough for the sign-in and antiforgery cookies. */
class Browser {
  cookies = new Map();

  async get(url) {
    return this.send(url, { method: 'GET' });
  }

  async send(url, init) {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await recordingFetch(url, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return response;
  }
}

const decodeHtml = (text) => text
  .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
  .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(parseInt(dec, 10)))
  .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const field = (html, name) => {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match) throw new Error(`the login page has no ${name} field`);
  return decodeHtml(match[1]);
};

const redirectFrom = (response, base) => {
  if (response.status < 300 || response.status > 399) {
    throw new Error(`expected a redirect from ${base}, got ${response.status}`);
  }
  return new URL(response.headers.get('location'), base);
};

async function callerStatus(accessToken) {
  const response = await recordingFetch(new URL('/api/party/caller', gateway), {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return { status: response.status, body: response.ok ? await response.json() : await response.text() };
}

async function clientCredentials() {
  step = 'client credentials: discovery';
  const config = await client.discovery(gateway, env('CLIENT_ID'), env('CLIENT_SECRET'), undefined, options);
  const metadata = config.serverMetadata();
  result.discovery = {
    issuer: metadata.issuer,
    endpoints: Object.fromEntries(Object.entries(metadata).filter(([name, value]) =>
      (name.endsWith('_endpoint') || name === 'jwks_uri') && typeof value === 'string')),
    codeChallengeMethods: metadata.code_challenge_methods_supported ?? [],
  };

  step = 'client credentials: token';
  const tokens = await client.clientCredentialsGrant(config, { scope: 'platform' });
  result.clientCredentials = { tokenType: tokens.token_type, caller: await callerStatus(tokens.access_token) };
}

async function authorizationCode() {
  step = 'authorization code: discovery';
  const redirectUri = env('REDIRECT_URI');
  const config = await client.discovery(gateway, env('WEB_CLIENT_ID'), undefined, client.None(), options);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const authorizeUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid platform offline_access',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });

  step = 'authorization code: sign in on the login form';
  const browser = new Browser();
  const loginUrl = redirectFrom(await browser.get(authorizeUrl), authorizeUrl);
  const page = await browser.get(loginUrl);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`the login page answered ${page.status}: ${html.slice(0, 200)}`);
  const form = new URLSearchParams({
    __RequestVerificationToken: field(html, '__RequestVerificationToken'),
    returnUrl: field(html, 'returnUrl'),
    userName: env('USER_NAME'),
    password: env('PASSWORD'),
  });
  const action = new URL(/<form method="post" action="([^"]+)"/.exec(html)[1], loginUrl);
  const signedIn = await browser.send(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  const backToAuthorize = redirectFrom(signedIn, action);
  const callback = redirectFrom(await browser.get(backToAuthorize), backToAuthorize);

  step = 'authorization code: code for tokens';
  const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state });
  const claims = tokens.claims();

  step = 'authorization code: refresh';
  const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token);

  result.authorizationCode = {
    loginUrl: loginUrl.href,
    callbackOrigin: callback.origin,
    callbackHasIss: callback.searchParams.get('iss'),
    hasAccessToken: Boolean(tokens.access_token),
    hasRefreshToken: Boolean(tokens.refresh_token),
    idToken: { iss: claims?.iss, sub: claims?.sub, aud: claims?.aud },
    caller: await callerStatus(tokens.access_token),
    refreshed: {
      hasAccessToken: Boolean(refreshed.access_token),
      newAccessToken: refreshed.access_token !== tokens.access_token,
      idTokenIss: refreshed.claims()?.iss ?? null,
      caller: await callerStatus(refreshed.access_token),
    },
  };
}

try {
  await clientCredentials();
  await authorizationCode();
  result.contacted = [...contacted];
  process.stdout.write(JSON.stringify(result));
} catch (error) {
  const cause = error?.cause instanceof Error ? error.cause.message : JSON.stringify(error?.cause ?? null);
  process.stdout.write(JSON.stringify({ error: `${error?.name}: ${error?.message}`, cause, step, contacted: [...contacted] }));
  process.exitCode = 1;
}
