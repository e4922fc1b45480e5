-- 020: who this workstation is to its peers: the AE title it calls and listens with (set when
-- it joins a department's portal, which knows it by that title). No row: DICOMNET.
CREATE TABLE node_identity (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    ae_title TEXT NOT NULL,
    set_ms   INTEGER NOT NULL
);
