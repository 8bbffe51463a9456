// Load for the fault suite (faults/run): readers or applicants, until a file says stop; prints what happened as JSON.
//
//   node faults/load.mjs reads       STOP_FILE URL...          readers asking for the URLs in turn
//   node faults/load.mjs submissions STOP_FILE TOKENS URL...   applicants filing disclosure applications
//
// FAULTS_CONCURRENCY sets how many of them at once (default 8). A reader counts every answer by status and every
// failure to get one ("no answer: <cause>"); a 503 without Retry-After is counted apart. An applicant files one application after another, each with a new
// Idempotency-Key, to the URLs (instances) in turn, one signed-in person per line of TOKENS; a failed attempt (no
// answer, 5xx, 429) is sent again with the same key and body until it is acknowledged with 201, waiting what
// Retry-After says, or until FAULTS_GIVE_UP_SECONDS (default 90) after the stop. The output lists every
// acknowledged key with its request number, so that the suite can count them in the database.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const [mode, stopFile, ...rest] = process.argv.slice(2);
const concurrency = Number(process.env.FAULTS_CONCURRENCY ?? 8);
const giveUpSeconds = Number(process.env.FAULTS_GIVE_UP_SECONDS ?? 90);
const stopped = () => existsSync(stopFile);
// Marks this load's applications (their keys, and their text), so that the suite finds them in the database.
const label = process.env.FAULTS_LABEL ?? "faults";

const statuses = {};
let requests = 0;
const count = (outcome) => {
  requests++;
  statuses[outcome] = (statuses[outcome] ?? 0) + 1;
};

async function attempt(url, init) {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    const body = await response.text();
    // A refusal for now must say when to come back.
    const unexplained = response.status === 503 && !response.headers.has("retry-after");
    count(unexplained ? "503 without Retry-After" : String(response.status));
    return { status: response.status, headers: response.headers, body };
  } catch (failure) {
    count(`no answer: ${failure.cause?.code ?? failure.name}`);
    return { status: 0 };
  }
}

// FAULTS_UNCACHED=1: each URL with an argument of its own, so that no cache in front answers for the instances.
const uncached = process.env.FAULTS_UNCACHED === "1";

async function reader(urls, offset) {
  for (let n = offset; !stopped(); n += concurrency) {
    const url = urls[n % urls.length];
    await attempt(uncached ? `${url}${url.includes("?") ? "&" : "?"}fault=${n}` : url, {
      headers: { "Accept-Language": "zh-CN" },
    });
  }
}

function application(key) {
  return {
    agency: "340600",
    applicant: {
      kind: "NATURAL_PERSON",
      name: "张明",
      idType: "RESIDENT_ID_CARD",
      idNumber: "11010519491231002X",
    },
    contact: { phone: "13812345678", email: "zhang.ming@example.org" },
    information: {
      title: "淮北市2025年政府工作报告",
      description: `请提供淮北市2025年政府工作报告的全文，包括附件。（故障演练 ${key}）`,
    },
    delivery: { medium: "ELECTRONIC", channel: "EMAIL" },
    attachments: [],
  };
}

const acknowledged = [];
const abandoned = [];
const refused = [];

async function applicant(urls, token, offset) {
  for (let n = offset; !stopped(); n += concurrency) {
    const key = `${label}-${randomUUID()}`;
    const body = JSON.stringify(application(key));
    const giveUpAt = () => (stopped() ? Date.now() + giveUpSeconds * 1000 : Infinity);
    let deadline = Infinity;
    for (let tries = 0; ; tries++) {
      const answer = await attempt(`${urls[(n + tries) % urls.length]}/api/disclosure/requests`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${token}`,
          "Content-Type": "application/json",
          "Idempotency-Key": key,
          "Accept-Language": "zh-CN",
        },
        body,
      });
      if (answer.status === 201) {
        acknowledged.push({ key, number: JSON.parse(answer.body).number });
        break;
      }
      if (answer.status !== 0 && answer.status < 500 && answer.status !== 429) {
        refused.push({ key, status: answer.status, body: answer.body.slice(0, 300) });
        break;
      }
      deadline = Math.min(deadline, giveUpAt());
      if (Date.now() > deadline) {
        abandoned.push(key);
        break;
      }
      const retryAfter = Number(answer.headers?.get("retry-after") ?? 0);
      await sleep(Math.min(Math.max(retryAfter, 0.2), 2) * 1000);
    }
  }
}

const started = Date.now();
if (mode === "reads") {
  await Promise.all(Array.from({ length: concurrency }, (_, i) => reader(rest, i)));
} else if (mode === "submissions") {
  const [tokensFile, ...urls] = rest;
  const tokens = readFileSync(tokensFile, "utf8").split("\n").filter(Boolean);
  await Promise.all(Array.from({ length: concurrency }, (_, i) => applicant(urls, tokens[i % tokens.length], i)));
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
console.log(
  JSON.stringify({
    mode,
    seconds: (Date.now() - started) / 1000,
    requests,
    statuses,
    acknowledged,
    abandoned,
    refused,
  }),
);
