// Trust the test-only CA of the local https stand-ins (tests/fixtures/tls) in the test process, on
// top of whatever NODE_EXTRA_CA_CERTS already names (Node reads the variable once, at start-up, and
// mocha starts the test process after loading its configuration, so this runs early enough).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ca = path.resolve(__dirname, '../fixtures/tls/ca.pem');
const current = process.env.NODE_EXTRA_CA_CERTS;
if (current !== ca && !(current ?? '').includes('maker-hub-test-ca')) {
  if (current && fs.existsSync(current)) {
    const bundle = path.join(os.tmpdir(), `maker-hub-test-ca-${process.pid}.pem`);
    fs.writeFileSync(bundle, `${fs.readFileSync(current, 'utf8')}\n${fs.readFileSync(ca, 'utf8')}`);
    process.env.NODE_EXTRA_CA_CERTS = bundle;
  } else {
    process.env.NODE_EXTRA_CA_CERTS = ca;
  }
}
