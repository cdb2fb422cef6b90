"""The orchestration: the stages in order, the CI gate and the review previews."""
