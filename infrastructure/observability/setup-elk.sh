#!/bin/sh
# Loads the log storage settings into Elasticsearch (ILM policy, then the index template of the logs-msa-*
# data stream Filebeat writes to) and the data view plus one saved search per service into Kibana.
# Idempotent: run it after every change to these files. Needs ELASTICSEARCH_URL and KIBANA_URL.
set -eu
here=$(dirname "$0")
: "${ELASTICSEARCH_URL:?set ELASTICSEARCH_URL}"
: "${KIBANA_URL:?set KIBANA_URL}"

wait_for() {
  until curl -fsS -o /dev/null "$1"; do
    echo "waiting for $1"
    sleep 5
  done
}

wait_for "$ELASTICSEARCH_URL/_cluster/health?wait_for_status=yellow&timeout=5s"
curl -fsS -X PUT "$ELASTICSEARCH_URL/_ilm/policy/msa-logs" \
  -H 'Content-Type: application/json' --data-binary "@$here/elasticsearch/ilm-policy.json"
echo
curl -fsS -X PUT "$ELASTICSEARCH_URL/_index_template/msa-logs" \
  -H 'Content-Type: application/json' --data-binary "@$here/elasticsearch/index-template.json"
echo

wait_for "$KIBANA_URL/api/status"
curl -fsS -X POST "$KIBANA_URL/api/saved_objects/_import?overwrite=true" \
  -H 'kbn-xsrf: true' --form "file=@$here/kibana/saved-objects.ndjson"
echo
echo "ELK setup done"
