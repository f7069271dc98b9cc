-- EclipseLink now takes ids in blocks of 1,000 (Identified.allocationSize): the sequence must step alike.
ALTER SEQUENCE id_seq INCREMENT BY 1000;
