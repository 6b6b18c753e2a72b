-- Runs after the README's Neovim snippet (test/e2e/nvim.mjs extracts it as the init file) has attached the
-- first file: opens the others, then prints for each file the clients attached to its buffer and their
-- root, and the diagnostics of the last file. Lines: BUF {json} per file, DIAG {json}, CLIENTS n, PARSE08 {json}.
local out = function(s) io.stdout:write('\n' .. s .. '\n') end
local json = vim.fn.json_encode
local function main()
  local files = vim.fn.json_decode(os.getenv('E2E_README_FILES'))
  vim.o.hidden = true -- the buffers left behind stay loaded (and attached)
  for i = 2, #files do
    vim.cmd('edit ' .. vim.fn.fnameescape(files[i]))
  end
  local last = vim.fn.bufnr(files[#files])
  -- the last file's server has answered once its diagnostics are in
  vim.wait(20000, function() return #vim.diagnostic.get(last) > 0 end, 50)
  for _, f in ipairs(files) do
    local ids, roots = {}, {}
    for id, c in pairs(vim.lsp.buf_get_clients(vim.fn.bufnr(f))) do
      table.insert(ids, id)
      table.insert(roots, c.config.root_dir)
    end
    out('BUF ' .. json({ file = f, clients = ids, roots = roots }))
  end
  for _, d in ipairs(vim.diagnostic.get(last)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    out('DIAG ' .. json({ line = d.lnum + 1, code = d.code or lsp.code, message = d.message }))
  end
  out('CLIENTS ' .. #vim.lsp.get_active_clients())
  -- The 0.8+ snippet cannot run on this Neovim (0.7): it must at least be valid Lua.
  local snippet = os.getenv('E2E_README_08')
  local ok, err = loadstring(snippet or '')
  out('PARSE08 ' .. json({ ok = ok ~= nil and snippet ~= nil and snippet ~= '', error = err or vim.NIL }))
end
local ok, e = pcall(main)
if not ok then
  out('LUA_ERROR ' .. tostring(e))
  vim.cmd('cquit 3')
end
vim.cmd('qa!')
