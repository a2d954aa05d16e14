-- wrk script for the load test's readers and the serving benchmark: cycles through the paths given
-- in WRK_PATHS (comma-separated) and reports responses by status and the latency percentiles
-- (microseconds), across all threads, in lines that wrk-output.ts reads.
local paths = {}
for path in string.gmatch(os.getenv("WRK_PATHS") or "/", "[^,]+") do
  table.insert(paths, path)
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

local next_path = 0
statuses = {} -- global: done() reads it from each thread
function init(args)
  -- Threads start at different places in the list so that they do not move in step.
  next_path = math.random(#paths)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(totals) do
    table.insert(parts, status .. "=" .. count)
  end
  table.sort(parts)
  io.write("statuses " .. table.concat(parts, " ") .. "\n")
  io.write(string.format("latency p50=%d p99=%d max=%d\n", latency:percentile(50), latency:percentile(99), latency.max))
end
