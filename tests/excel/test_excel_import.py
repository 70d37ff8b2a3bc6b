

def test_a_bulk_import_never_reuses_the_id_of_a_deleted_member(store, tmp_path):
    """History names rows by id: an id freed by a deletion must not come back with an import."""
    from fdh_desktop.domain.records import Congress, Member
    from fdh_desktop.services.exporting import export_term
    from fdh_desktop.services.importing import apply_import, plan_import

    street = store.add_street("牛街")
    one = store.add_community(street.id, "法源寺社区")
    two = store.add_community(street.id, "春风社区")
    store.save_congress(one.id, 6, Congress(established=True), [Member("委员", "甲"), Member("委员", "乙")])
    deleted = store.members(one.id, 6)[-1].id
    store.save_congress(one.id, 6, Congress(established=True), store.members(one.id, 6)[:1])
    out = tmp_path / "return.xlsx"
    store.save_congress(two.id, 6, Congress(established=True), [Member("委员", "丙")])
    export_term(store, out)
    store.delete_congress(two.id, 6)
    apply_import(store, plan_import(store, [out]))
    ids = [m.id for m in store.members(two.id, 6)]
    assert ids and deleted not in ids
