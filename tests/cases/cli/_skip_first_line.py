this line is not Python !
import sys
print("ran", sys.argv)
1/0
