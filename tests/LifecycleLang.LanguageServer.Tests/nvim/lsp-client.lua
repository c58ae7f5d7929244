-- Drives the LifecycleLang language server from Neovim's built-in LSP client (headless).
-- Environment: LIFECYCLE_LSP_DLL (the server), LIFECYCLE_NVIM_FILE (a .journey file to open),
-- LIFECYCLE_NVIM_LINE / LIFECYCLE_NVIM_CHAR (zero-based completion position), LIFECYCLE_NVIM_OUT (JSON results).
-- Works with Neovim 0.7 (vim.lsp.start_client) and later (vim.lsp.start).
local server = vim.env.LIFECYCLE_LSP_DLL
local file = vim.env.LIFECYCLE_NVIM_FILE
local out = vim.env.LIFECYCLE_NVIM_OUT
local line = tonumber(vim.env.LIFECYCLE_NVIM_LINE)
local character = tonumber(vim.env.LIFECYCLE_NVIM_CHAR)

local results = { diagnostics = {}, completion = {}, errors = {} }
local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(results))
  f:close()
end

local ok, problem = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = 'journey'
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local got_diagnostics = false

  local config = {
    name = 'lifecycle',
    cmd = { 'dotnet', server },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        if result and result.uri == uri and #result.diagnostics > 0 then
          for _, d in ipairs(result.diagnostics) do
            table.insert(results.diagnostics, {
              code = d.code, message = d.message, source = d.source, severity = d.severity, line = d.range.start.line,
            })
          end
          got_diagnostics = true
        end
      end,
    },
  }

  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end

  if not vim.wait(60000, function() return got_diagnostics end, 50) then
    table.insert(results.errors, 'no diagnostics within 60 s')
  end

  local params = { textDocument = { uri = uri }, position = { line = line, character = character } }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, 30000)
  if err then
    table.insert(results.errors, 'completion: ' .. tostring(err))
  end
  for _, response in pairs(responses or {}) do
    if response.err then
      table.insert(results.errors, 'completion: ' .. vim.inspect(response.err))
    end
    local items = response.result and (response.result.items or response.result) or {}
    for _, item in ipairs(items) do
      table.insert(results.completion, item.label)
    end
  end

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end)

if not ok then
  table.insert(results.errors, tostring(problem))
end
finish()
vim.cmd('qa!')
