// Jest stand-in for the `?raw` worker bundle, which only a webpack build produces: an empty
// bundle, so createBlobWorker refuses to start and the client takes its main-thread path.
const source = '';
export default source;
