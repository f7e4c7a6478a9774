// Module hooks registered by loaded-modules.cjs: tells the main thread every URL an
// import() resolves to (the FIT SDK is an ES module, so require's cache never sees it).
let port;

export function initialize(data) {
  port = data.port;
}

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  port.postMessage(resolved.url);
  return resolved;
}
