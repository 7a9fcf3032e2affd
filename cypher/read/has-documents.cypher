RETURN EXISTS { (:Document) } AS any
