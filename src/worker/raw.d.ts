// Modules imported with `?raw` are bundled as their source text (webpack `asset/source`).
declare module '*?raw' {
  const source: string;
  export default source;
}
