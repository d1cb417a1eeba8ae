import colorsys, random
random.seed(5)
for _ in range(300):
    r, g, b = random.random(), random.random(), random.random()
    for f, inv in [(colorsys.rgb_to_yiq, colorsys.yiq_to_rgb), (colorsys.rgb_to_hls, colorsys.hls_to_rgb), (colorsys.rgb_to_hsv, colorsys.hsv_to_rgb)]:
        x = f(r, g, b)
        print(x, inv(*x))
for c in [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (0.5, 0.5, 0.5), (0.2, 0.4, 0.4)]:
    print(colorsys.rgb_to_hls(*c), colorsys.rgb_to_hsv(*c), colorsys.rgb_to_yiq(*c), colorsys.yiq_to_rgb(*c))
print(colorsys.hsv_to_rgb(0.999, 1, 1), colorsys.hls_to_rgb(1.0, 0.5, 1))
