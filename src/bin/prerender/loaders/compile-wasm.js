async function compileWasm() {
  const response = await fetch(__WASM_URL__, { integrity: '__WASM_INTEGRITY__' });
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  const streams = (response.headers.get('content-type') || '').startsWith('application/wasm');
  return streams ? WebAssembly.compileStreaming(response) : WebAssembly.compile(await response.arrayBuffer());
}
