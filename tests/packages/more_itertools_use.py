import more_itertools as mi
print(list(mi.chunked(range(7), 3)), list(mi.windowed(range(5), 2)), mi.first([9, 8]))
print(list(mi.distinct_permutations([1, 1, 2])), list(mi.flatten([[1], [2, 3]])))
