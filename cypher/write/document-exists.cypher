RETURN EXISTS { (:Document {id: $id}) } AS found
