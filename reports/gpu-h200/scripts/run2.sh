#!/usr/bin/env bash
# Device run 2 for issue 11: cuda tests, throughput with forked tokenising workers, forward profile.
export PYTHONUNBUFFERED=1
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site .gpu/whl/*.whl
export PYTHONPATH=/tmp/site:$PWD
SHA=$(python3 .gpu/prepare.py | awk '{print $3}'); echo "derived base $SHA"
echo "== pytest -m cuda"; STANCE_TEST_BASE=/tmp/base:$SHA timeout 100 python3 -m pytest -q -m cuda tests/classify/test_device.py -p no:cacheprovider 2>&1 | tail -8 | tee $OUT/pytest.txt
echo "== throughput fp16, default workers"; timeout 100 python3 benchmarks/throughput.py --device cuda --model /tmp/model-gpu --split train --threads 4 2>&1 | grep -v Warn | tee $OUT/throughput_workers.txt
echo "== throughput fp16, 131072-token batches"; timeout 80 python3 benchmarks/throughput.py --device cuda --model /tmp/model-gpu --split train --threads 4 --max-tokens 131072 2>&1 | grep -v Warn | tee $OUT/throughput_131k.txt
echo "== profile 32768"; timeout 60 python3 .gpu/fwd_profile.py 32768 2>&1 | grep -v Warn | tee $OUT/profile_32k.txt
echo "== profile 131072"; timeout 50 python3 .gpu/fwd_profile.py 131072 2>&1 | head -3 | tee $OUT/profile_131k.txt
echo done
