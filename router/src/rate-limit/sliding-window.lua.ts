/**
 * Atomically checks and spends points in one client's sliding window (the two-fixed-window approximation).
 * All state lives in one hash per client (field = fixed window index), so the script touches a single key
 * and runs unchanged on Redis Cluster. Time comes from Redis, so every router replica agrees on windows.
 *
 * KEYS[1] client hash; ARGV: limit, window length in ms, cost.
 * Returns { allowed (1|0), previous window spend, current window spend, ms elapsed in the current window }.
 */
export const SLIDING_WINDOW_SCRIPT = `
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local index = math.floor(now / window)
local elapsed = now - index * window
local current = tonumber(redis.call('HGET', key, tostring(index)) or '0')
local previous = tonumber(redis.call('HGET', key, tostring(index - 1)) or '0')
local spent = previous * (window - elapsed) / window + current
if spent + cost > limit then
  return { 0, previous, current, elapsed }
end
redis.call('HINCRBY', key, tostring(index), cost)
for _, field in ipairs(redis.call('HKEYS', key)) do
  if tonumber(field) < index - 1 then redis.call('HDEL', key, field) end
end
redis.call('PEXPIRE', key, window * 2)
return { 1, previous, current + cost, elapsed }
`;
