// heyfolio edge: CloudFront Function (runtime cloudfront-js-2.0, viewer request) on the /mcp behaviour.
// MCP 2026-07-28 clients open change notifications with POST /mcp and the header
// "Mcp-Method: subscriptions/listen". The buffered MCP endpoint cannot stream, so that one request
// goes to the streaming subscriptions function at /mcp/subscriptions (same API origin); every other
// request passes through untouched. The body is not read here: the subscriptions function checks
// that the header and the JSON-RPC method agree, as the endpoint does.
// template.yaml inlines this file (ListenRouterFunction); tests/stack/test_edge.py keeps the copies equal.
var LISTEN_METHOD = "subscriptions/listen";
var LISTEN_PATH = "/mcp/subscriptions";

function handler(event) {
  var request = event.request;
  if (request.method !== "POST" || request.uri !== "/mcp") {
    return request;
  }
  var header = request.headers["mcp-method"];
  // A repeated Mcp-Method header is ambiguous: left to the endpoint's header validation.
  var repeated = header && header.multiValue && header.multiValue.length > 1;
  if (header && !repeated && header.value === LISTEN_METHOD) {
    request.uri = LISTEN_PATH;
  }
  return request;
}
