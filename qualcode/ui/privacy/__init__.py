"""The privacy review: findings grouped by entity, accept/reject/edit, apply as one undo step."""
