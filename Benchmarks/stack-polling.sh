#!/usr/bin/env bash
# Measures `sparkle stack deploy` against the local emulator (Scripts/moto-server on 127.0.0.1):
# API calls per deploy of each layer of the bundled layer cake and of a no-change redeploy, and,
# for a stack held in CREATE_IN_PROGRESS by a custom resource for 5, 20 and 60 s, the calls made
# while waiting, the quiet-wait lines printed, and the time from the stack settling to the exit.
# Calls are counted from the emulator's request log. Uses the default poll cadence.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product sparkle >/dev/null
sparkle="$(swift build -c release --show-bin-path)/sparkle"
work=$(mktemp -d)
port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
python3 Scripts/moto-server -H 127.0.0.1 -p "$port" >"$work/moto.log" 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null; rm -rf "$work"' EXIT
until python3 -c "import socket; socket.create_connection(('127.0.0.1', $port))" 2>/dev/null; do sleep 0.2; done
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-1 AWS_ENDPOINT_URL="http://127.0.0.1:$port"
unset SPARKLE_POLL_INTERVAL
calls() { grep -c '"POST / ' "$work/moto.log" || true; }

deploy() {
    local before start
    before=$(calls); start=$(date +%s.%N)
    "$sparkle" stack deploy "$@" --yes </dev/null >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }
    printf '%-58s %3d calls  %5.2f s\n' "deploy $*" $(( $(calls) - before )) "$(echo "$(date +%s.%N) - $start" | bc)"
}
deploy vpc
deploy vpc-subnets --apply-stack vpc
deploy coolapp-elb --apply-stack vpc --apply-stack vpc-subnets
deploy coolapp-asg --apply-stack vpc --apply-stack vpc-subnets --apply-stack coolapp-elb
deploy vpc-subnets --apply-stack vpc

held=Tests/SparkleExamplesTests/StackFixtures/held_custom_resource.json
for hold in 5 20 60; do
    before=$(calls)
    "$sparkle" stack deploy "held-$hold" --file "$held" --yes </dev/null >"$work/held.out" 2>&1 &
    run=$!
    sleep "$hold"
    python3 - "$AWS_ENDPOINT_URL" "held-$hold" <<'PY'
import json, sys, urllib.parse, urllib.request
import boto3
endpoint, name = sys.argv[1], sys.argv[2]
stack = boto3.client("cloudformation", endpoint_url=endpoint, region_name="us-east-1").describe_stacks(StackName=name)["Stacks"][0]["StackId"]
body = json.dumps({"Status": "SUCCESS", "StackId": stack, "LogicalResourceId": "Hold", "RequestId": "r", "PhysicalResourceId": "p", "Data": {"Answer": "42"}})
url = endpoint + "/cloudformation_us-east-1/cfnresponse?stack=" + urllib.parse.quote(stack, safe="")
urllib.request.urlopen(urllib.request.Request(url, data=body.encode(), method="PUT", headers={"Content-Type": "application/json"}))
PY
    answered=$(date +%s.%N)
    wait "$run"
    printf 'held %2d s: %3d calls (1 is this script'"'"'s), %d quiet-wait lines, settled→exit %.2f s\n' "$hold" \
        $(( $(calls) - before )) "$(grep -c '…' "$work/held.out" || true)" "$(echo "$(date +%s.%N) - $answered" | bc)"
done
