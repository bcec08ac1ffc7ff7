/**
 * HTTPS certificate for the dev server on https://localhost:3000, in this order:
 * 1. office-addin-dev-certs (a CA it trusts on this machine, and a localhost certificate signed by
 *    it). Trusting the CA needs sudo on Linux; where that fails, the files it generated in
 *    ~/.office-addin-dev-certs still serve https (the browser then asks once to trust them).
 * 2. A self-signed localhost certificate made with openssl, kept in ~/.office-addin-dev-certs/self-signed
 *    (or .dev-certs/ in the project when the home folder is not writable) and reused while valid.
 * 3. Nothing: webpack-dev-server then makes its own self-signed certificate.
 * Never throws; the result says in one line what was used.
 */
"use strict";

const childProcess = require("child_process");
const { X509Certificate, createPrivateKey } = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const OFFICE_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const SELF_SIGNED_DIRS = [path.join(OFFICE_DIR, "self-signed"), path.join(ROOT, ".dev-certs")];
/** office-addin-dev-certs may wait for a password (sudo) or a trust dialog; give up after this. */
const OFFICE_TIMEOUT_MS = 120_000;
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** Reads a certificate and key pair if it is usable for https://localhost for at least one more day. */
function readValidPair(certFile, keyFile, caFile) {
  try {
    const cert = fs.readFileSync(certFile);
    const key = fs.readFileSync(keyFile);
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) - Date.now() < ONE_DAY_MS) return undefined;
    if (x509.checkHost("localhost") === undefined) return undefined;
    if (!x509.checkPrivateKey(createPrivateKey(key))) return undefined;
    const options = { cert, key };
    if (caFile && fs.existsSync(caFile)) options.ca = fs.readFileSync(caFile);
    return options;
  } catch {
    return undefined;
  }
}

/** Runs office-addin-dev-certs in a child process (it may prompt; it may also exit 0 while failing). */
function runOfficeDevCerts() {
  const script = [
    'require("office-addin-dev-certs").getHttpsServerOptions()',
    ".then(() => process.exit(0))",
    '.catch((e) => { console.error(String((e && e.message) || e).split("\\n").join(" ")); process.exit(1); });',
  ].join("");
  const result = childProcess.spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    stdio: ["inherit", "pipe", "pipe"],
    timeout: OFFICE_TIMEOUT_MS,
    encoding: "utf8",
  });
  if (result.error) {
    return { ok: false, reason: result.error.code === "ETIMEDOUT" ? "timed out" : result.error.message };
  }
  if (result.status !== 0) {
    const lines = `${result.stderr || ""}`.trim().split("\n").filter(Boolean);
    const reason = (lines[lines.length - 1] || `exit code ${result.status}`).replace(/\s+/g, " ");
    return { ok: false, reason: reason.length > 160 ? `${reason.slice(0, 157)}...` : reason };
  }
  return { ok: true, reason: "" };
}

function commandExists(command) {
  const probe = childProcess.spawnSync(command, ["version"], { stdio: "ignore" });
  return !probe.error;
}

/** Makes (or reuses) a self-signed localhost certificate with openssl. */
function selfSigned() {
  for (const dir of SELF_SIGNED_DIRS) {
    const certFile = path.join(dir, "localhost.crt");
    const keyFile = path.join(dir, "localhost.key");
    const existing = readValidPair(certFile, keyFile);
    if (existing) return { options: existing, certFile };
  }
  if (!commandExists("openssl")) return undefined;
  for (const dir of SELF_SIGNED_DIRS) {
    const certFile = path.join(dir, "localhost.crt");
    const keyFile = path.join(dir, "localhost.key");
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const made = childProcess.spawnSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-sha256",
          "-days",
          "365",
          "-subj",
          "/CN=localhost/O=Customs Inverse Value development",
          "-addext",
          "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
          "-addext",
          "extendedKeyUsage=serverAuth",
          "-keyout",
          keyFile,
          "-out",
          certFile,
        ],
        { stdio: "ignore", timeout: 60_000 },
      );
      if (made.status === 0) {
        fs.chmodSync(keyFile, 0o600);
        const options = readValidPair(certFile, keyFile);
        if (options) return { options, certFile };
      }
    } catch {
      // try the next folder
    }
  }
  return undefined;
}

/**
 * @returns {Promise<{ options: { cert: Buffer, key: Buffer, ca?: Buffer } | undefined,
 *   source: "office-addin-dev-certs" | "office-addin-dev-certs-untrusted" | "self-signed" | "webpack-dev-server",
 *   summary: string, certFile?: string }>}
 */
async function getDevHttpsOptions() {
  const office = runOfficeDevCerts();
  const officeFiles = readValidPair(
    path.join(OFFICE_DIR, "localhost.crt"),
    path.join(OFFICE_DIR, "localhost.key"),
    path.join(OFFICE_DIR, "ca.crt"),
  );
  if (officeFiles && office.ok) {
    return {
      options: officeFiles,
      source: "office-addin-dev-certs",
      certFile: path.join(OFFICE_DIR, "localhost.crt"),
      summary: `Certificate: office-addin-dev-certs, trusted on this machine (${OFFICE_DIR}).`,
    };
  }
  if (officeFiles) {
    return {
      options: officeFiles,
      source: "office-addin-dev-certs-untrusted",
      certFile: path.join(OFFICE_DIR, "localhost.crt"),
      summary: `Certificate: office-addin-dev-certs files in ${OFFICE_DIR}, CA not trusted (${office.reason}); accept the certificate in the browser once, or trust its CA with "npx office-addin-dev-certs install" (needs sudo).`,
    };
  }
  const own = selfSigned();
  if (own) {
    return {
      options: own.options,
      source: "self-signed",
      certFile: own.certFile,
      summary: `Certificate: self-signed (${own.certFile}); office-addin-dev-certs failed (${office.reason || "no usable files"}).`,
    };
  }
  return {
    options: undefined,
    source: "webpack-dev-server",
    summary: `Certificate: webpack-dev-server's own self-signed one; office-addin-dev-certs failed (${office.reason || "no usable files"}) and openssl is missing.`,
  };
}

module.exports = { getDevHttpsOptions };
