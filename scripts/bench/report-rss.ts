/** Loaded with `node --import` by the import benchmark: reports the process's peak memory as it exits. */
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`)
})
