#!/bin/sh
# Creates Statewire's pipeline topics on $BOOTSTRAP where missing, with $PARTITIONS partitions and one replica: the
# topics of io.statewire.contracts.Topics.PIPELINE with the settings of Topics.configOf (deploy/manifests checks
# that this list matches the code). classify-service creates press.statements.<code> itself.
set -eu

create() { # create TOPIC [CONFIG=VALUE ...]
  topic=$1
  shift
  for setting in "$@"; do
    set -- "$@" --config "$setting"
    shift
  done
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$topic" \
    --partitions "${PARTITIONS:-3}" --replication-factor 1 "$@"
}

create press.releases
create press.releases.dlq
create press.passages
create press.passages.dlq
create press.passages.repeats
create press.statements
create ingest.release-state cleanup.policy=compact
create classify.speaker-turns cleanup.policy=compact,delete retention.ms=7776000000
