-- Navigation in Neovim through vim.lsp.buf, on fixtures/nav/app.yaml (the other files are read by the
-- server from the workspace folder, never opened). Prints DEF {json} and RENAME {json}, then quits.
local out = function(s) io.stdout:write('\n' .. s .. '\n') end
local json = vim.fn.json_encode
local function main()
  local ready = vim.wait(20000, function()
    local c = vim.lsp.get_active_clients()[1]
    return c ~= nil and c.initialized == true
  end, 20)
  if not ready then error('the language server did not initialize') end
  local app = vim.api.nvim_get_current_buf()
  -- Go to Definition on the claimName's value.
  local lnum = vim.fn.search('claimName: notes-data')
  vim.api.nvim_win_set_cursor(0, { lnum, #'            claimName: ' + 2 })
  vim.lsp.buf.definition()
  vim.wait(10000, function() return vim.api.nvim_buf_get_name(0):match('storage%.yaml$') ~= nil end, 20)
  local cur = vim.api.nvim_win_get_cursor(0)
  out('DEF ' .. json({ file = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ':t'), line = cur[1], column = cur[2] + 1 }))
  -- Rename the claim where it is defined: both files change.
  vim.lsp.buf.rename('notes-files')
  local storage = vim.api.nvim_get_current_buf()
  vim.fn.bufload(app)
  vim.wait(10000, function() return (vim.api.nvim_buf_get_lines(app, lnum - 1, lnum, false)[1] or ''):match('notes%-files') ~= nil end, 20)
  out('RENAME ' .. json({
    storage = vim.api.nvim_buf_get_lines(storage, cur[1] - 1, cur[1], false)[1],
    app = vim.api.nvim_buf_get_lines(app, lnum - 1, lnum, false)[1],
  }))
end
local ok, e = pcall(main)
if not ok then
  out('LUA_ERROR ' .. tostring(e))
  vim.cmd('cquit 3')
end
vim.cmd('qa!')
