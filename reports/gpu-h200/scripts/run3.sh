#!/usr/bin/env bash
# Device run 3 for issue 11: no cuDNN attention, 131,072-token batches, forked tokenising workers.
export PYTHONUNBUFFERED=1
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site .gpu/whl/*.whl
export PYTHONPATH=/tmp/site:$PWD
SHA=$(python3 .gpu/prepare.py | awk '{print $3}'); echo "derived base $SHA"
echo "== pytest -m cuda"; STANCE_TEST_BASE=/tmp/base:$SHA timeout 80 python3 -m pytest -q -m cuda tests/classify/test_device.py -p no:cacheprovider 2>&1 | tail -3 | tee $OUT/pytest.txt
echo "== throughput defaults"; timeout 80 python3 benchmarks/throughput.py --device cuda --model /tmp/model-gpu --split train --threads 4 2>&1 | grep -v Warn | tee $OUT/throughput_default.txt
echo "== throughput 32768"; timeout 60 python3 benchmarks/throughput.py --device cuda --model /tmp/model-gpu --split train --threads 4 --max-tokens 32768 2>&1 | grep -v Warn | tee $OUT/throughput_32k.txt
echo "== throughput bf16"; timeout 60 python3 benchmarks/throughput.py --device cuda --precision bf16 --model /tmp/model-gpu --split train --threads 4 2>&1 | grep -v Warn | tee $OUT/throughput_bf16.txt
echo "== agree"; timeout 50 python3 .gpu/agree.py cuda 2>&1 | tail -1 | tee $OUT/agree.txt
echo done
