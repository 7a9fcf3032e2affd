// Forms that stand for themselves again, or are no longer used: no Form node (see set-form-entities).
UNWIND $ids AS id
MATCH (f:Form {id: id})
DELETE f
