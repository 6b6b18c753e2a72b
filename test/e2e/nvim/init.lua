-- Minimal Neovim 0.7 config for the E2E run: attach the k8sense language server to YAML buffers.
-- 0.7 has no vim.lsp.start(): start_client + buf_attach_client from a FileType autocommand.
local cmd = vim.fn.json_decode(os.getenv('E2E_SERVER_CMD'))
local client_id = vim.lsp.start_client({
  name = 'k8sense',
  cmd = cmd,
  root_dir = os.getenv('E2E_ROOT'),
  on_exit = function(code, signal)
    io.stdout:write(string.format('SERVER_EXIT code=%s signal=%s\n', tostring(code), tostring(signal)))
  end,
})
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'yaml',
  callback = function(args)
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
