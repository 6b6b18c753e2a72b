-- Runs after the file is loaded: prints what the harness (test/e2e/nvim.mjs) asserts on.
-- Lines: CAPS {json}, DIAG {json} (one per diagnostic), HOVER {json}, TIMING {json}, then quits.
local out = function(s) io.stdout:write('\n' .. s .. '\n') end
local json = vim.fn.json_encode
local t0 = vim.loop.hrtime()
local function main()
  out('FILETYPE ' .. vim.bo.filetype)
  local got = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 20)
  local first_ms = (vim.loop.hrtime() - t0) / 1e6
  -- settle: the list must stay the same for 400 ms
  local last, since = -1, vim.loop.now()
  vim.wait(4000, function()
    local n = #vim.diagnostic.get(0)
    if n ~= last then last, since = n, vim.loop.now() end
    return vim.loop.now() - since >= 400
  end, 50)
  local client = vim.lsp.get_active_clients()[1]
  local caps = client and (client.server_capabilities or client.resolved_capabilities) or {}
  out('CAPS ' .. json({
    attached = client ~= nil,
    hover = caps.hoverProvider == true or type(caps.hoverProvider) == 'table',
    completion = caps.completionProvider ~= nil,
  }))
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    out('DIAG ' .. json({
      line = d.lnum + 1, column = d.col + 1, severity = d.severity,
      source = d.source or lsp.source, code = d.code or lsp.code, message = d.message,
    }))
  end
  local hl = tonumber(os.getenv('E2E_HOVER_LINE') or '1') - 1
  local hc = tonumber(os.getenv('E2E_HOVER_COL') or '1') - 1
  local h0 = vim.loop.hrtime()
  -- client.request_sync sends the request even when the server does not announce hoverProvider
  -- (vim.lsp.buf_request_sync would refuse), so "the request is answered" is always checkable.
  local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = hl, character = hc } }
  local r, err = client.request_sync('textDocument/hover', params, 5000, 0)
  local hover_ms = (vim.loop.hrtime() - h0) / 1e6
  local answered, contents, herr = r ~= nil, vim.NIL, err
  if r and r.err then herr = r.err end
  if r and r.result and r.result.contents then contents = r.result.contents end
  out('HOVER ' .. json({ answered = answered, contents = contents, error = herr and (type(herr) == 'table' and (tostring(herr.code) .. ' ' .. tostring(herr.message)) or tostring(herr)) or vim.NIL }))
  out('TIMING ' .. json({ first_diagnostics_ms = got and first_ms or vim.NIL, hover_ms = hover_ms }))
end
local ok, e = pcall(main)
if not ok then
  out('LUA_ERROR ' .. tostring(e))
  vim.cmd('cquit 3')
end
vim.cmd('qa!')
