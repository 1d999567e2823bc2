META
key;value
description;"Generated election 23 ""test""; reference"
num_projects;12
num_votes;22
budget;1636
vote_type;ordinal
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
90;483.10;Bänke am Teich;1;0
3041;0;"Spielplatz ""Nord""";1;0
1582;100;Baum;8;0
2173;2350;"Spielplatz ""Nord""";4;1
1954;2500;Bänke am Teich;0;1
2725;100;Bänke am Teich;9;1
1846;2150;Bänke am Teich;3;0
677;100;"Spielplatz ""Nord""";5;0
3728;0;Bänke am Teich;1;1
999;200;" Garten ";3;1
1380;0;Bänke am Teich;0;1
2291;200;Bänke am Teich;1;1

VOTES
voter_id;vote;age
1;999,1582;57
2;2725,677,1582;none
3;999,1846,677,2173,2725;42
4;2725,1582;none
5;677,2725;none
6;677;none
7;;none
8;1582,2173;none
9;;24
10;;none
11;1582,3041;30
12;677;none
13;2725,1582;42
14;2725;none
15;;none
16;1846,1582;63
17;;none
18;;none
19;2291,1582,2725,90;none
20;2725,3728,1846;none
21;2725,2173,999;none
22;2173;24
