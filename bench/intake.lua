-- wrk script for bench/run: citizens submitting with their bearer tokens, as BENCH_INTAKE says: "hotline" 12345
-- tickets (POST /api/hotline/tickets, the default) or "disclosure" applications (POST /api/disclosure/requests).
--
--   wrk ... -s bench/intake.lua URL -- TOKENS_FILE RUN MODE [KEYS]
--
-- TOKENS_FILE holds one access token per line (one bench citizen each); requests take them in turn, so each
-- connection speaks for several people. RUN marks the run in every Idempotency-Key ("<RUN>-<uuid>"), so that the
-- bench finds its own submissions in SQL. MODE "fresh": a new key per request, as a person submitting new tickets;
-- MODE "retry": KEYS keys (default 20), each sent again and again with its own unchanged body, as a client retrying
-- after a lost answer: every answer must name the ticket (or application) the key's first request created.
local tokens = {}
local run, mode, keys = "bench", "fresh", 20
-- Globals, so that done() can read them from each thread (thread:get).
counter, answers, created, numbers = 0, 0, 0, {}

local bodies = {
  { "COMPLAINT", "小区夜间施工噪声扰民", "夜间施工噪声扰民，持续两周，影响休息。" },
  { "HELP", "道路破损积水", "路面塌陷积水，行人车辆通行困难，请尽快修复。" },
  { "SUGGESTION", "公交线路调整建议", "早高峰公交班次少，建议增加班次。" },
  { "REPORT", "餐馆油烟污染", "沿街餐馆油烟直排，影响周边居民。" },
}

-- Where the bench finds a matter of the catalogue and the centre: filled in by bench/run through the environment.
local category = os.getenv("BENCH_HOTLINE_CATEGORY")
local region = os.getenv("BENCH_HOTLINE_REGION")

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  run = args[2] or run
  mode = args[3] or mode
  keys = tonumber(args[4] or keys)
  -- Distinct streams per thread: the thread's table address differs, the time alone would not.
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000003)
end

local function uuid()
  local r = function() return math.random(0, 0xffff) end
  return string.format("%04x%04x-%04x-4%03x-%04x-%04x%04x%04x", r(), r(), r(), r() % 0x1000, 0x8000 + r() % 0x4000,
    r(), r(), r())
end

local what = os.getenv("BENCH_INTAKE") or "hotline"
local agency = os.getenv("BENCH_DISCLOSURE_AGENCY") or "340600"

local function disclosure_body(n)
  local b = bodies[1 + n % #bodies]
  -- Each application asks for information of its own: the same again to the same agency is a possible repeat (409).
  return string.format('{"agency":"%s","applicant":{"kind":"NATURAL_PERSON","name":"性能测试","idType":"RESIDENT_ID_CARD",'
      .. '"idNumber":"11010519491231002X"},"contact":{"phone":"138%08d","email":"bench@example.org"},'
      .. '"information":{"title":"%s的处理记录（性能测试%d）","description":"请提供%s的处理记录（%s 第%d件）。"},'
      .. '"delivery":{"medium":"ELECTRONIC","channel":"EMAIL"},"attachments":[]}',
    agency, n % 100000000, b[2], n, b[2], run, n)
end

local function body(n)
  if what == "disclosure" then return disclosure_body(n) end
  local b = bodies[1 + n % #bodies]
  -- Each ticket its own matter (the description names its run and place): the same description again within 30 days
  -- is answered 409 possible-duplicate, as a person repeating a matter is.
  return string.format('{"type":"%s","categoryCode":"%s","title":"%s（性能测试%d）","description":"%s（%s 第%d处）",'
      .. '"place":{"regionId":"%s","address":"相山区某某路%d号"},"attachmentIds":[],"publishReply":false,'
      .. '"submitter":{"kind":"CITIZEN","name":"性能测试","phone":"138%08d"}}',
    b[1], category, b[2], n, b[3], run, n, region, 1 + n % 200, n % 100000000)
end

function request()
  counter = counter + 1
  local token = tokens[1 + counter % #tokens]
  local key, n
  if mode == "retry" then
    -- The same key always with the same person and the same body, or the portal rightly refuses it (422).
    n = counter % keys
    key = string.format("%s-%08d-retry", run, n)
    token = tokens[1 + n % #tokens]
  else
    n = counter
    key = run .. "-" .. uuid()
  end
  return wrk.format("POST", what == "disclosure" and "/api/disclosure/requests" or "/api/hotline/tickets", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Accept-Language"] = "zh-CN",
    ["Idempotency-Key"] = key,
  }, body(n))
end

function response(status, headers, _)
  answers = answers + 1
  if status == 201 then
    created = created + 1
  end
  if mode == "retry" then
    -- The ticket each answer names (Location: /api/hotline/tickets/<number>, or the application's): done() counts the
    -- distinct ones, which must be as many as the keys, never more.
    local location = headers["Location"] or headers["location"]
    if location then
      numbers[location] = true
    end
  end
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local sent, answered, total, distinct = 0, 0, 0, 0
  local seen = {}
  for _, thread in ipairs(threads) do
    sent = sent + thread:get("counter")
    answered = answered + thread:get("answers")
    total = total + thread:get("created")
    for location in pairs(thread:get("numbers")) do
      if not seen[location] then
        seen[location] = true
        distinct = distinct + 1
      end
    end
  end
  -- Read by bench/run: how many requests were sent, how many answered (those in flight when wrk stopped were not
  -- awaited, though the portal finished them), how many answers were 201, and in retry mode how many distinct
  -- tickets they named.
  io.write(string.format("sent %d\n", sent))
  io.write(string.format("answered %d\n", answered))
  io.write(string.format("created %d\n", total))
  io.write(string.format("distinct %d\n", distinct))
end
