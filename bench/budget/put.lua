-- PUT of the 300-line budget where every request really writes: each body carries a change reason
-- unique to this thread and request, so the service never answers "unchanged".
-- With IF_MATCH=1 (one connection per thread) every PUT sends the ETag the previous PUT returned,
-- as a careful client does; without it the PUTs are unconditional.
local threads = {}
local counter = 0
local prefix, suffix, etag

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "rb"))
  local body = file:read("*a")
  file:close()
  local marker = "基准测试"
  local at = assert(body:find(marker, 1, true), "marker not in body")
  prefix = body:sub(1, at - 1) .. marker
  suffix = body:sub(at + #marker)
  etag = args[2]
  if etag == "" then etag = nil end
end

function request()
  counter = counter + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end -- -H headers (Authorization), as wrk.format drops them
  headers["Content-Type"] = "application/json"
  if etag then headers["If-Match"] = etag end
  return wrk.format("PUT", nil, headers, prefix .. "-" .. tid .. "-" .. counter .. suffix)
end

function response(status, headers, body)
  if etag and status == 200 then
    etag = headers["ETag"] or headers["etag"]
  end
end
