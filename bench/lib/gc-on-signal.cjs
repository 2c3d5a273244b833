// Preloaded into the soak's server only (NODE_OPTIONS=--require): SIGUSR2 runs a full garbage collection,
// so the soak can compare the memory the server keeps, not where V8 happens to be between collections.
const { setFlagsFromString } = require('node:v8')
const { runInNewContext } = require('node:vm')

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc')
process.on('SIGUSR2', () => gc())
